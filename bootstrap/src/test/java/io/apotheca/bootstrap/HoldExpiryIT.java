package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import io.apotheca.testsupport.PostgresExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An unpaid order past its hold is cancelled as expired and its stock comes back, within TTL + 10 s. */
class HoldExpiryIT {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @TempDir
    Path dataDir;

    @Test
    void with_a_six_second_ttl_an_unpaid_order_reads_cancelled_expired_with_its_stock_back_within_sixteen_seconds() {
        try (TestPharmacy pharmacy =
                TestPharmacy.start(postgres.database(), dataDir, Map.of("APOTHECA_UNPAID_ORDER_TTL", "PT6S"))) {
            String admin = pharmacy.admin().accessToken();
            String category = pharmacy.post("/api/v1/categories", admin, Map.of("name", "Hold", "slug", "hold"))
                    .text("id");
            String product = pharmacy.post(
                            "/api/v1/products",
                            admin,
                            Map.of(
                                    "sku",
                                    "HX-" + UUID.randomUUID().toString().substring(0, 8),
                                    "name",
                                    "Held",
                                    "description",
                                    "",
                                    "manufacturer",
                                    "Acme",
                                    "categoryId",
                                    category,
                                    "price",
                                    Map.of("amount", 100, "currency", "USD"),
                                    "requiresPrescription",
                                    false,
                                    "reorderLevel",
                                    0))
                    .text("id");
            pharmacy.post(
                    "/api/v1/inventory/batches",
                    admin,
                    Map.of(
                            "productId",
                            product,
                            "lotNumber",
                            "H-1",
                            "expiryDate",
                            LocalDate.now().plusDays(300).toString(),
                            "quantity",
                            5));
            Account customer = pharmacy.customer();
            pharmacy.send("PUT", "/api/v1/cart/items/" + product, customer.accessToken(), Map.of("quantity", 5));

            Response order = pharmacy.post(
                    "/api/v1/orders",
                    customer.accessToken(),
                    Map.of(
                            "shippingAddress",
                            Map.of("line1", "1 A St", "city", "Oslo", "postalCode", "0150", "country", "NO")));
            long placedAt = System.nanoTime();
            assertThat(pharmacy.get("/api/v1/products/" + product, null)
                            .body()
                            .path("available")
                            .asInt())
                    .isZero();

            await().atMost(Duration.ofSeconds(16))
                    .pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> {
                        Response now = pharmacy.get("/api/v1/orders/" + order.text("id"), customer.accessToken());
                        assertThat(now.text("status")).isEqualTo("CANCELLED");
                        assertThat(now.text("cancellationReason")).isEqualTo("expired");
                        assertThat(pharmacy.get("/api/v1/products/" + product, null)
                                        .body()
                                        .path("available")
                                        .asInt())
                                .isEqualTo(5);
                    });
            System.out.printf(
                    "expired and released %d ms after checkout%n", (System.nanoTime() - placedAt) / 1_000_000);
        }
    }
}
