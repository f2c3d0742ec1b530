package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An unpaid order past its hold is cancelled as expired and its stock comes back, within TTL + 10 s. */
class HoldExpiryIT {

    @RegisterExtension
    static final RunningPharmacy running = new RunningPharmacy(Map.of("APOTHECA_UNPAID_ORDER_TTL", "PT6S"));

    private static TestPharmacy pharmacy;

    @Test
    void with_a_six_second_ttl_an_unpaid_order_reads_cancelled_expired_with_its_stock_back_within_sixteen_seconds() {
        String product = pharmacy.product(pharmacy.category("hold"), "Held", 100, false);
        pharmacy.receive(product, "H-1", 300, 5);
        Account customer = pharmacy.customer();
        pharmacy.addToCart(customer, product, 5);

        Response order = pharmacy.checkout(customer);
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
        System.out.printf("expired and released %d ms after checkout%n", (System.nanoTime() - placedAt) / 1_000_000);
    }
}
