package io.apotheca.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.catalog.port.out.ProductCache;
import io.apotheca.application.catalog.port.out.ProductCache.CachedPage;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.DrugSchedule;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.catalog.Sku;
import io.apotheca.domain.pricing.TaxCategory;
import io.apotheca.domain.shared.Money;
import io.apotheca.testsupport.RedisExtension;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisProductCacheIT {

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();

    private static RedisAdapters adapters;
    private static ProductCache cache;

    @BeforeAll
    static void connect() {
        adapters = RedisAdapters.connect(
                new RedisSettings(URI.create(redis.redis().url()), redis.redis().keyPrefix()));
        cache = adapters.productCache();
    }

    @AfterAll
    static void close() {
        adapters.close();
    }

    @Test
    void a_product_is_loaded_once_then_served_from_redis_until_invalidated() {
        Product product = product();
        AtomicInteger loads = new AtomicInteger();

        Optional<Product> first = cache.product(product.id(), () -> count(loads, product));
        Optional<Product> second = cache.product(product.id(), () -> count(loads, product));
        cache.invalidate();
        Optional<Product> third = cache.product(product.id(), () -> count(loads, product));

        assertThat(first).hasValue(product);
        assertThat(second).hasValue(product);
        assertThat(third).hasValue(product);
        assertThat(loads).hasValue(2);
    }

    @Test
    void a_controlled_product_keeps_its_schedule_in_the_cache() {
        Product plain = product();
        Product controlled = new Product(
                plain.id(),
                plain.sku(),
                "Tramadol 50 mg",
                plain.description(),
                plain.manufacturer(),
                plain.categoryId(),
                plain.price(),
                true,
                plain.reorderLevel(),
                true,
                TaxCategory.EXEMPT,
                Optional.of(DrugSchedule.CIV));

        cache.product(controlled.id(), () -> Optional.of(controlled));

        assertThat(cache.product(controlled.id(), Optional::empty)).hasValue(controlled);
    }

    @Test
    void a_read_that_began_before_an_invalidation_never_stores_where_later_reads_look() {
        Product before = product();
        Product after = before.deactivate();

        cache.product(before.id(), () -> {
            cache.invalidate(); // a change commits while this read is loading the old row
            return Optional.of(before);
        });
        Optional<Product> next = cache.product(before.id(), () -> Optional.of(after));

        assertThat(next).hasValue(after);
    }

    @Test
    void pages_are_cached_by_query_with_their_cursor() {
        AtomicInteger loads = new AtomicInteger();
        CachedPage page = new CachedPage(List.of(product(), product()), Optional.of("next-cursor"));

        CachedPage first = cache.page("q=para|20|", () -> {
            loads.incrementAndGet();
            return page;
        });
        CachedPage second = cache.page("q=para|20|", () -> {
            loads.incrementAndGet();
            return page;
        });

        assertThat(second).isEqualTo(first).isEqualTo(page);
        assertThat(loads).hasValue(1);
    }

    @Test
    void without_a_reachable_redis_every_read_goes_to_the_loader_and_nothing_fails() {
        try (RedisAdapters absent = RedisAdapters.connect(new RedisSettings(URI.create("redis://127.0.0.1:1"), "x:"))) {
            Product product = product();

            assertThat(absent.productCache().product(product.id(), () -> Optional.of(product)))
                    .hasValue(product);
            absent.productCache().invalidate();
        }
    }

    private static Optional<Product> count(AtomicInteger loads, Product product) {
        loads.incrementAndGet();
        return Optional.of(product);
    }

    private static Product product() {
        return new Product(
                new ProductId(UUID.randomUUID()),
                new Sku("C-" + UUID.randomUUID().toString().substring(0, 8)),
                "Cetirizine 10 mg",
                "Hay fever",
                "Acme",
                new CategoryId(UUID.randomUUID()),
                Money.of(350, "EUR"),
                false,
                3,
                true);
    }
}
