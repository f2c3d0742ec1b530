package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.bootstrap.TestPharmacy.Response;
import io.apotheca.testsupport.PostgresExtension;
import io.apotheca.testsupport.RedisExtension;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** With Redis the catalog is cached, yet every write and every stock change shows on the next read. */
class CatalogCacheApiIT {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();

    @TempDir
    Path dataDir;

    @Test
    void a_change_to_a_cached_product_and_its_stock_is_visible_on_the_next_read_on_every_instance() {
        Map<String, String> env = Map.of(
                "REDIS_URL",
                redis.redis().url(),
                "APOTHECA_REDIS_KEY_PREFIX",
                redis.redis().keyPrefix());
        try (TestPharmacy one = TestPharmacy.start(postgres.database(), dataDir, env);
                TestPharmacy two = TestPharmacy.start(postgres.database(), dataDir, env)) {
            String admin = one.admin().accessToken();
            String word = "cacheword" + UUID.randomUUID().toString().substring(0, 6);
            String category = one.post("/api/v1/categories", admin, Map.of("name", "Cache", "slug", word))
                    .text("id");
            String product = one.product(category, "Before " + word, 100, false);
            // warm the cache on both instances
            two.get("/api/v1/products/" + product, null);
            two.get("/api/v1/products?q=" + word, null);

            one.patch(
                    "/api/v1/products/" + product,
                    admin,
                    Map.of("name", "After " + word, "price", Map.of("amount", 250, "currency", "USD")));
            one.post(
                    "/api/v1/inventory/batches",
                    admin,
                    Map.of(
                            "productId",
                            product,
                            "lotNumber",
                            "C-1",
                            "expiryDate",
                            LocalDate.now().plusDays(300).toString(),
                            "quantity",
                            9));
            Response detail = two.get("/api/v1/products/" + product, null);
            Response listing = two.get("/api/v1/products?q=" + word, null);

            assertThat(detail.text("name")).isEqualTo("After " + word);
            assertThat(detail.body().path("price").path("amount").asLong()).isEqualTo(250);
            assertThat(detail.body().path("available").asInt())
                    .as("stock is never served from the cache")
                    .isEqualTo(9);
            assertThat(listing.body().path("items").get(0).path("name").asText())
                    .isEqualTo("After " + word);
            assertThat(listing.body().path("items").get(0).path("available").asInt())
                    .isEqualTo(9);

            one.send("DELETE", "/api/v1/products/" + product, admin, null);
            assertThat(two.get("/api/v1/products/" + product, null).status()).isEqualTo(404);
            assertThat(two.get("/api/v1/products?q=" + word, null).body().path("items"))
                    .isEmpty();
        }
    }
}
