package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The story of {@code OrderLifecycleScenarioTest} told over HTTP on PostgreSQL: placed, cancelled,
 * placed again, paid (set in the database until payments exist), dispensed first-expiry-first-out,
 * shipped, delivered; and an unpaid order that expires.
 */
class OrderLifecycleApiIT {

    @RegisterExtension
    static final RunningPharmacy running = new RunningPharmacy(Map.of("APOTHECA_UNPAID_ORDER_TTL", "PT8S"));

    private static TestPharmacy pharmacy;

    @Test
    void an_order_is_placed_cancelled_placed_again_paid_dispensed_fefo_shipped_delivered_and_another_expires()
            throws Exception {
        String admin = pharmacy.admin().accessToken();
        String pharmacist = pharmacy.pharmacist(true).accessToken();
        Account customer = pharmacy.customer();
        String paracetamol = pharmacy.product(pharmacy.category("pain"), "Paracetamol 500 mg", 499, false);
        pharmacy.receive(paracetamol, "LATE", 300, 10);
        pharmacy.receive(paracetamol, "SOON", 90, 4);

        // placed, then cancelled by the customer: the stock comes back, a second cancel is refused
        pharmacy.addToCart(customer, paracetamol, 6);
        Response first = pharmacy.checkout(customer);
        assertThat(first.text("status")).isEqualTo("AWAITING_PAYMENT");
        assertThat(pharmacy.get("/api/v1/cart", customer.accessToken())
                        .body()
                        .path("items")
                        .size())
                .isZero();
        assertThat(pharmacy.available(paracetamol)).isEqualTo(8);
        Response cancelled = pharmacy.post(cancel(first), customer.accessToken(), null);
        assertThat(cancelled.text("cancellationReason")).isEqualTo("customer");
        assertThat(pharmacy.available(paracetamol)).isEqualTo(14);
        assertThat(pharmacy.post(cancel(first), customer.accessToken(), null).code())
                .isEqualTo("invalid_transition");

        // placed again; not dispensed before it is paid; once paid, dispensed soonest expiry first
        pharmacy.addToCart(customer, paracetamol, 6);
        Response second = pharmacy.checkout(customer);
        String order = "/api/v1/orders/" + second.text("id");
        assertThat(pharmacy.post(order + "/fulfil", pharmacist, null).code()).isEqualTo("invalid_transition");
        pharmacy.markPaid(customer, second.text("id"));
        Response fulfilled = pharmacy.post(order + "/fulfil", pharmacist, null);
        assertThat(fulfilled.text("status")).isEqualTo("FULFILLED");
        assertThat(fulfilled.body().path("items").get(0).path("lots").findValuesAsText("lotNumber"))
                .containsExactly("SOON", "LATE");
        assertThat(fulfilled.body().path("items").get(0).path("lots").findValuesAsText("quantity"))
                .containsExactly("4", "2");
        Response stock = pharmacy.get("/api/v1/inventory/products/" + paracetamol, admin);
        assertThat(stock.body().path("onHand").asInt()).isEqualTo(8);
        assertThat(stock.body().path("reserved").asInt()).isZero();
        assertThat(pharmacy.post(order + "/ship", admin, null).text("status")).isEqualTo("SHIPPED");
        assertThat(pharmacy.post(order + "/deliver", admin, null).text("status"))
                .isEqualTo("DELIVERED");

        // a third order nobody pays: past its hold it is cancelled as expired and its stock released
        pharmacy.addToCart(customer, paracetamol, 3);
        Response third = pharmacy.checkout(customer);
        assertThat(pharmacy.available(paracetamol)).isEqualTo(5);
        Response lapsed = awaitCancelled(customer, third.text("id"));
        assertThat(lapsed.text("cancellationReason")).isEqualTo("expired");
        assertThat(pharmacy.available(paracetamol)).isEqualTo(8);

        Response history = pharmacy.get("/api/v1/orders", customer.accessToken());
        assertThat(history.body().path("items"))
                .extracting(item -> item.path("status").asText())
                .containsExactly("CANCELLED", "DELIVERED", "CANCELLED");
    }

    private static String cancel(Response order) {
        return "/api/v1/orders/" + order.text("id") + "/cancel";
    }

    private static Response awaitCancelled(Account customer, String order) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Response view = pharmacy.get("/api/v1/orders/" + order, customer.accessToken());
            if ("CANCELLED".equals(view.text("status"))) {
                return view;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the unpaid order did not expire within 30 s");
    }
}
