package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Dispensing first-expiry-first-out, then shipping and delivery, over HTTP. Payments arrive with a
 * later capability: until then the test marks the order paid in the database, as the Stripe webhook
 * will.
 */
class FulfilmentApiIT {

    @RegisterExtension
    static final RunningPharmacy running = new RunningPharmacy();

    private static TestPharmacy pharmacy;
    private static String admin;
    private static String category;

    @BeforeAll
    static void start() {
        admin = pharmacy.admin().accessToken();
        category = pharmacy.post("/api/v1/categories", admin, Map.of("name", "Fulfil", "slug", "fulfil"))
                .text("id");
    }

    @Test
    void a_paid_order_is_dispensed_from_the_soonest_expiring_lots_and_the_ledger_balances() throws Exception {
        String product = product();
        receive(product, "LATE", 400, 2);
        receive(product, "SOON", 200, 2);
        receive(product, "SHORT", 10, 50); // short-dated: never dispensed
        String order = paidOrder(product, 3);
        Account pharmacist = pharmacy.pharmacist(true);

        Response fulfilled = pharmacy.post("/api/v1/orders/" + order + "/fulfil", pharmacist.accessToken(), null);
        Response inventory = pharmacy.get("/api/v1/inventory/products/" + product, admin);

        assertThat(fulfilled.status()).as(fulfilled.toString()).isEqualTo(200);
        assertThat(fulfilled.text("status")).isEqualTo("FULFILLED");
        assertThat(fulfilled.body().path("items").get(0).path("lots").findValuesAsText("lotNumber"))
                .containsExactly("SOON", "LATE");
        assertThat(fulfilled.body().path("items").get(0).path("lots").findValuesAsText("quantity"))
                .containsExactly("2", "1");
        assertThat(inventory.body().path("onHand").asInt()).isEqualTo(51);
        assertThat(inventory.body().path("reserved").asInt()).isZero();
        assertThat(inventory.body().path("available").asInt()).isEqualTo(1);
        // received ± adjustments = on hand + dispensed
        assertThat(pharmacy.scalar(
                        "SELECT sum(delta) FROM stock_movements m JOIN batches b ON b.id = m.batch_id WHERE b.product_id = '"
                                + product + "' AND kind IN ('RECEIPT', 'ADJUSTMENT')"))
                .isEqualTo(51 + 3);
        assertThat(pharmacy.scalar(
                        "SELECT -sum(delta) FROM stock_movements m JOIN batches b ON b.id = m.batch_id WHERE b.product_id = '"
                                + product + "' AND kind = 'DISPENSED' AND order_id = '" + order + "'"))
                .isEqualTo(3);
    }

    @Test
    void only_verified_pharmacists_and_admins_fulfil_and_only_paid_or_confirmed_orders() {
        String product = product();
        receive(product, "L-1", 300, 10);
        String unpaid = order(product, 1);
        String paid = paidOrder(product, 1);

        assertThat(pharmacy.post(
                                "/api/v1/orders/" + paid + "/fulfil",
                                pharmacy.pharmacist(false).accessToken(),
                                null)
                        .status())
                .isEqualTo(403);
        assertThat(pharmacy.post(
                                "/api/v1/orders/" + paid + "/fulfil",
                                pharmacy.customer().accessToken(),
                                null)
                        .status())
                .isEqualTo(403);
        Response early = pharmacy.post("/api/v1/orders/" + unpaid + "/fulfil", admin, null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("invalid_transition");
    }

    @Test
    void a_fulfilled_order_is_shipped_then_delivered_and_steps_cannot_be_skipped() {
        String product = product();
        receive(product, "L-2", 300, 10);
        String order = paidOrder(product, 2);

        Response deliverTooEarly = pharmacy.post("/api/v1/orders/" + order + "/deliver", admin, null);
        pharmacy.post("/api/v1/orders/" + order + "/fulfil", admin, null);
        Response shipped = pharmacy.post("/api/v1/orders/" + order + "/ship", admin, null);
        Response delivered = pharmacy.post("/api/v1/orders/" + order + "/deliver", admin, null);
        Response audit = pharmacy.get("/api/v1/admin/audit-log?target=" + order, admin);

        assertThat(deliverTooEarly.status()).isEqualTo(409);
        assertThat(shipped.text("status")).isEqualTo("SHIPPED");
        assertThat(delivered.text("status")).isEqualTo("DELIVERED");
        assertThat(delivered.body().path("items").get(0).path("lots")).hasSize(1);
        assertThat(audit.body().path("items").findValuesAsText("action"))
                .containsExactly("order.delivered", "order.shipped", "order.fulfilled");
    }

    private static String paidOrder(String product, int quantity) {
        Account customer = pharmacy.customer();
        pharmacy.addToCart(customer, product, quantity);
        String order = pharmacy.checkout(customer).text("id");
        pharmacy.markPaid(customer, order);
        return order;
    }

    private static String order(String product, int quantity) {
        Account customer = pharmacy.customer();
        pharmacy.addToCart(customer, product, quantity);
        Response order = pharmacy.checkout(customer);
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        return order.text("id");
    }

    private static String product() {
        return pharmacy.product(category, "Dispensed", 100, false);
    }

    private static void receive(String product, String lot, int days, int quantity) {
        pharmacy.receive(product, lot, days, quantity);
    }
}
