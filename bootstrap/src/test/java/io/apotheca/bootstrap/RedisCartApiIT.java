package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import io.apotheca.testsupport.PostgresExtension;
import io.apotheca.testsupport.RedisExtension;
import io.apotheca.testsupport.TestDatabase;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

/** With Redis, carts live there, are written behind to PostgreSQL, and survive the loss of Redis. */
class RedisCartApiIT {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();

    @TempDir
    Path dataDir;

    private Map<String, String> env() {
        return Map.of(
                "REDIS_URL",
                redis.redis().url(),
                "APOTHECA_REDIS_KEY_PREFIX",
                redis.redis().keyPrefix());
    }

    @Test
    void a_cart_written_behind_comes_back_at_the_next_login_after_redis_lost_everything()
            throws SQLException, InterruptedException {
        Account customer;
        String aspirin;
        try (TestPharmacy pharmacy = TestPharmacy.start(postgres.database(), dataDir, env())) {
            String category = pharmacy.category("redis-carts");
            aspirin = pharmacy.product(category, "Aspirin", 300, false);
            customer = pharmacy.customer();
            pharmacy.addToCart(customer, aspirin, 4);
            assertThat(keysOfCart(customer)).hasSize(1);
            awaitWrittenBehind(customer, 4);
        }
        try (Jedis raw = new Jedis(URI.create(redis.redis().url()))) {
            raw.keys(redis.redis().keyPrefix() + "*").forEach(raw::del);
        }

        try (TestPharmacy pharmacy = TestPharmacy.start(postgres.database(), dataDir, env())) {
            Account again = pharmacy.login(customer.email());
            Response cart = pharmacy.get("/api/v1/cart", again.accessToken());

            assertThat(cart.body().path("items").findValuesAsText("productId")).containsExactly(aspirin);
            assertThat(cart.body().path("items").get(0).path("quantity").asInt())
                    .isEqualTo(4);
        }
    }

    @Test
    void checkout_empties_the_redis_cart_but_a_refused_checkout_leaves_it_as_it_was() {
        try (TestPharmacy pharmacy = TestPharmacy.start(postgres.database(), dataDir, env())) {
            String category = pharmacy.category("redis-checkout");
            String plenty = pharmacy.product(category, "Plenty", 300, false);
            String scarce = pharmacy.product(category, "Scarce", 300, false);
            pharmacy.receive(plenty, "P-1", 400, 50);
            pharmacy.receive(scarce, "S-1", 400, 1);
            Account customer = pharmacy.customer();
            pharmacy.addToCart(customer, plenty, 2);
            pharmacy.addToCart(customer, scarce, 3);

            Response refused = pharmacy.checkout(customer);
            Response kept = pharmacy.get("/api/v1/cart", customer.accessToken());
            pharmacy.addToCart(customer, scarce, 1);
            Response placed = pharmacy.checkout(customer);
            Response emptied = pharmacy.get("/api/v1/cart", customer.accessToken());

            assertThat(refused.status()).isEqualTo(409);
            assertThat(kept.body().path("items").findValuesAsText("productId")).containsExactly(plenty, scarce);
            assertThat(placed.status()).isEqualTo(201);
            assertThat(emptied.body().path("items").size()).isZero();
        }
    }

    @Test
    void checkouts_of_one_cart_sent_at_once_give_one_order() throws Exception {
        try (TestPharmacy pharmacy = TestPharmacy.start(postgres.database(), dataDir, env())) {
            String category = pharmacy.category("redis-double-submit");
            String plenty = pharmacy.product(category, "Plenty", 300, false);
            pharmacy.receive(plenty, "D-1", 400, 500);
            for (int round = 0; round < 5; round++) {
                Account customer = pharmacy.customer();
                pharmacy.addToCart(customer, plenty, 2);
                ExecutorService clients = Executors.newFixedThreadPool(4);
                List<Future<Response>> answers = new ArrayList<>();
                try {
                    CountDownLatch start = new CountDownLatch(1);
                    for (int i = 0; i < 4; i++) {
                        answers.add(clients.submit(() -> {
                            start.await();
                            return pharmacy.checkout(customer);
                        }));
                    }
                    start.countDown();
                    List<Integer> statuses = new ArrayList<>();
                    for (Future<Response> answer : answers) {
                        statuses.add(answer.get(30, TimeUnit.SECONDS).status());
                    }

                    assertThat(statuses)
                            .as("one order, the others find the cart taken")
                            .containsOnlyOnce(201);
                    assertThat(pharmacy.scalar(
                                    "SELECT count(*) FROM orders WHERE customer_id = '" + customer.id() + "'"))
                            .isEqualTo(1);
                } finally {
                    clients.shutdownNow();
                }
            }
            assertThat(pharmacy.scalar(
                            "SELECT coalesce(sum(held), 0) FROM stock_slots WHERE product_id = '" + plenty + "'"))
                    .isEqualTo(10);
        }
    }

    private Set<String> keysOfCart(Account customer) {
        try (Jedis raw = new Jedis(URI.create(redis.redis().url()))) {
            return raw.keys(redis.redis().keyPrefix() + "cart:" + customer.id());
        }
    }

    private static void awaitWrittenBehind(Account customer, int quantity) throws SQLException, InterruptedException {
        TestDatabase db = postgres.database();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet row = connection
                        .createStatement()
                        .executeQuery("SELECT quantity FROM cart_lines WHERE user_id = '" + customer.id() + "'")) {
                    if (row.next() && row.getInt(1) == quantity) {
                        return;
                    }
                }
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the cart was not written behind to PostgreSQL within 15 s");
    }
}
