package io.apotheca.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.application.cart.CartStoreContract;
import io.apotheca.application.cart.port.out.CartStore;
import io.apotheca.application.memory.InMemoryCartStore;
import io.apotheca.application.shared.port.out.DependencyUnavailableException;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Cart;
import io.apotheca.testsupport.RedisExtension;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Jedis;

/**
 * The Redis cart store, held to the cart contract on a real Redis, and its write-behind. The durable
 * store behind it is the in-memory one here; the PostgreSQL one is tested on its own and together
 * with this one through the API.
 */
class RedisCartStoreIT extends CartStoreContract {

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();

    private static RedisAdapters adapters;
    private static Jedis raw;

    private final FlakyStore durable = new FlakyStore();
    private final WriteBehindCarts store = adapters.carts(durable);

    @BeforeAll
    static void connect() {
        adapters = RedisAdapters.connect(
                new RedisSettings(URI.create(redis.redis().url()), redis.redis().keyPrefix()));
        raw = new Jedis(URI.create(redis.redis().url()));
    }

    @AfterAll
    static void close() {
        raw.close();
        adapters.close();
    }

    @Override
    protected CartStore store() {
        return store;
    }

    @Override
    protected UserId newCustomer() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    protected ProductId newProduct() {
        return new ProductId(UUID.randomUUID());
    }

    @Test
    void every_save_sets_the_carts_time_to_live_to_fourteen_days() {
        UserId customer = newCustomer();

        store.save(Cart.empty(customer).with(newProduct(), 1));

        long ttl = raw.ttl(key(customer));
        assertThat(ttl).isBetween(CartStore.IDLE_LIFETIME.toSeconds() - 5, CartStore.IDLE_LIFETIME.toSeconds());
    }

    @Test
    void a_change_reaches_the_durable_store_at_the_next_write_behind_not_before() {
        UserId customer = newCustomer();
        ProductId product = newProduct();
        store.writeBehind();

        store.save(Cart.empty(customer).with(product, 3));
        Cart before = durable.load(customer);
        int written = store.writeBehind();

        assertThat(before.isEmpty()).isTrue();
        assertThat(written).isEqualTo(1);
        assertThat(durable.load(customer).quantities()).containsEntry(product, 3);
        assertThat(store.writeBehind()).isZero();
    }

    @Test
    void a_cart_lost_by_redis_comes_back_from_the_durable_store_and_is_cached_again() {
        UserId customer = newCustomer();
        ProductId product = newProduct();
        store.save(Cart.empty(customer).with(product, 2));
        store.writeBehind();

        raw.del(key(customer));

        assertThat(store.load(customer).quantities()).containsEntry(product, 2);
        assertThat(raw.exists(key(customer))).isTrue();
    }

    @Test
    void a_cleared_cart_stays_cleared_even_before_the_clearing_is_written_behind() {
        UserId customer = newCustomer();
        store.save(Cart.empty(customer).with(newProduct(), 2));
        store.writeBehind();

        store.save(Cart.empty(customer));

        assertThat(store.load(customer).isEmpty()).isTrue();
        assertThat(durable.load(customer).isEmpty()).isFalse();
        store.writeBehind();
        assertThat(durable.load(customer).isEmpty()).isTrue();
    }

    @Test
    void a_cart_the_durable_store_refused_is_written_at_a_later_write_behind() {
        UserId customer = newCustomer();
        ProductId product = newProduct();
        store.writeBehind();
        store.save(Cart.empty(customer).with(product, 5));

        durable.failing.set(true);
        assertThat(store.writeBehind()).isZero();
        durable.failing.set(false);

        assertThat(store.writeBehind()).isEqualTo(1);
        assertThat(durable.load(customer).quantities()).containsEntry(product, 5);
    }

    @Test
    void a_cart_of_thousands_of_lines_kept_from_before_the_limit_is_written_whole() {
        UserId customer = newCustomer();
        Map<ProductId, Integer> lines = new LinkedHashMap<>();
        for (int line = 0; line < 5_000; line++) {
            lines.put(newProduct(), 1);
        }
        Cart huge = new Cart(customer, lines); // Lua's unpack stopped near 8,000 arguments

        store.save(huge);

        assertThat(store.load(customer)).isEqualTo(huge);
    }

    @Test
    void a_save_that_fails_leaves_the_previous_cart_whole() {
        UserId customer = newCustomer();
        ProductId kept = newProduct();
        store.save(Cart.empty(customer).with(kept, 2));
        String dirty = redis.redis().keyPrefix() + "cart:dirty";
        raw.del(dirty);
        raw.set(dirty, "not a set"); // marking the customer dirty fails, as any command of the script may

        try {
            assertThatThrownBy(() -> store.save(Cart.empty(customer).with(newProduct(), 9)))
                    .isInstanceOf(DependencyUnavailableException.class);
        } finally {
            raw.del(dirty);
        }

        assertThat(store.load(customer).quantities()).isEqualTo(Map.of(kept, 2));
    }

    private static String key(UserId customer) {
        return redis.redis().keyPrefix() + "cart:" + customer.value();
    }

    /** The in-memory store, made to refuse writes on demand. */
    private static final class FlakyStore implements CartStore {
        private final InMemoryCartStore carts = new InMemoryCartStore();
        private final AtomicBoolean failing = new AtomicBoolean();

        @Override
        public Cart load(UserId customer) {
            return carts.load(customer);
        }

        @Override
        public void save(Cart cart) {
            if (failing.get()) {
                throw new IllegalStateException("the database is away");
            }
            carts.save(cart);
        }
    }

    @Test
    void of_many_checkouts_taking_one_cart_at_once_exactly_one_gets_it() throws Exception {
        assertThat(store().replacesAtomically()).isTrue();
        for (int round = 0; round < 20; round++) {
            UserId customer = newCustomer();
            Cart cart = Cart.empty(customer).with(newProduct(), 1);
            store().save(cart);
            ExecutorService takers = Executors.newFixedThreadPool(8);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> took = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    took.add(takers.submit(() -> {
                        start.await();
                        return store().replace(cart, Cart.empty(customer));
                    }));
                }
                start.countDown();
                int winners = 0;
                for (Future<Boolean> one : took) {
                    winners += one.get() ? 1 : 0;
                }
                assertThat(winners).isEqualTo(1);
            } finally {
                takers.shutdownNow();
            }
        }
    }
}
