package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tax and shipping over HTTP on PostgreSQL, with the worked example of ADR 0009: ibuprofen
 * (standard, 20 %) 2 × 4.99, vitamin D3 (reduced, 5.5 %) 2 × 3.50 and amoxicillin (prescription-only,
 * exempt) 1 × 12.50, shipped by standard post at 4.95 (free from 50.00): subtotal 29.48, tax 2.38
 * (2.00 + 0.38, the 0.385 rounded half-even), shipping 4.95, total 36.81.
 */
class OrderTotalsApiIT {

    @RegisterExtension
    static final RunningPharmacy running = new RunningPharmacy();

    private static final Map<String, Object> ADDRESS =
            Map.of("line1", "1 A St", "city", "Oslo", "postalCode", "0150", "country", "NO");

    private static TestPharmacy pharmacy;
    private static String admin;
    private static String category;
    private static String post;

    @BeforeAll
    static void start() {
        admin = pharmacy.admin().accessToken();
        category = pharmacy.category("totals");
        Response created = pharmacy.post(
                "/api/v1/shipping-options",
                admin,
                Map.of(
                        "name", "Standard post",
                        "price", usd(495),
                        "freeOver", usd(5000)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        post = created.text("id");
    }

    @Test
    void the_cart_summary_the_order_and_the_payment_intent_agree_on_the_total() {
        setRates(20, 5.5);
        Account customer = pharmacy.customer();
        String ibuprofen = product("Ibuprofen 200 mg", 499, false, "STANDARD");
        String vitamins = product("Vitamin D3", 350, false, "REDUCED");
        String amoxicillin = product("Amoxicillin 500 mg", 1250, true, null);
        pharmacy.addToCart(customer, ibuprofen, 2);
        pharmacy.addToCart(customer, vitamins, 2);
        pharmacy.addToCart(customer, amoxicillin, 1);

        Response cart = pharmacy.get("/api/v1/cart", customer.accessToken());
        Response summary = pharmacy.get("/api/v1/cart/summary?shippingOptionId=" + post, customer.accessToken());
        Response placed = checkout(customer, post);

        assertThat(cart.body().path("items").findValuesAsText("taxCategory"))
                .containsExactlyInAnyOrder("STANDARD", "REDUCED", "EXEMPT");
        assertThat(cart.body().path("tax").path("amount").asLong()).isEqualTo(238);
        assertThat(amounts(summary.body())).containsExactly(2948L, 238L, 495L, 3681L);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(amounts(placed.body())).containsExactly(2948L, 238L, 495L, 3681L);
        assertThat(placed.body().path("shippingOption").path("name").asText()).isEqualTo("Standard post");
        JsonNode vitaminLine = line(placed.body(), vitamins);
        assertThat(vitaminLine.path("taxRate").decimalValue()).isEqualByComparingTo("5.5");
        assertThat(vitaminLine.path("tax").path("amount").asLong()).isEqualTo(38);

        String order = placed.text("id");
        String paid = cardOrder(customer, ibuprofen, vitamins);
        Response intent = pharmacy.payByCard(customer, paid);
        Response paidOrder = pharmacy.get("/api/v1/orders/" + paid, customer.accessToken());
        assertThat(pharmacy.stripe
                        .intent(intent.text("providerPaymentId"))
                        .get("amount")
                        .getAsLong())
                .isEqualTo(paidOrder.body().path("total").path("amount").asLong())
                .isEqualTo(998 + 700 + 200 + 38 + 495);
        assertThat(pharmacy.get("/api/v1/orders/" + order, customer.accessToken())
                        .body()
                        .path("total")
                        .path("amount")
                        .asLong())
                .isEqualTo(3681);
    }

    @Test
    void ships_free_once_the_subtotal_reaches_the_threshold() {
        setRates(20, 5.5);
        Account customer = pharmacy.customer();
        pharmacy.addToCart(customer, product("Thermometer", 2500, false, "STANDARD"), 2);

        Response summary = pharmacy.get("/api/v1/cart/summary?shippingOptionId=" + post, customer.accessToken());
        Response placed = checkout(customer, post);

        assertThat(amounts(summary.body())).containsExactly(5000L, 1000L, 0L, 6000L);
        assertThat(summary.body()
                        .path("shippingOption")
                        .path("freeOverThreshold")
                        .asBoolean())
                .isTrue();
        assertThat(amounts(placed.body())).containsExactly(5000L, 1000L, 0L, 6000L);
    }

    @Test
    void a_rate_change_after_checkout_leaves_the_placed_order_unchanged() {
        setRates(20, 5.5);
        Account customer = pharmacy.customer();
        String plasters = product("Plasters", 1000, false, "STANDARD");
        pharmacy.addToCart(customer, plasters, 1);
        Response placed = checkout(customer, post);

        setRates(25, 10);
        pharmacy.addToCart(customer, plasters, 1);

        Response reread = pharmacy.get("/api/v1/orders/" + placed.text("id"), customer.accessToken());
        assertThat(amounts(reread.body())).containsExactly(1000L, 200L, 495L, 1695L);
        assertThat(line(reread.body(), plasters).path("taxRate").decimalValue()).isEqualByComparingTo("20");
        assertThat(pharmacy.scalar("SELECT tax_minor FROM orders WHERE id = '" + placed.text("id") + "'"))
                .isEqualTo(200);
        Response summary = pharmacy.get("/api/v1/cart/summary?shippingOptionId=" + post, customer.accessToken());
        assertThat(amounts(summary.body())).containsExactly(1000L, 250L, 495L, 1745L);
    }

    @Test
    void refunds_are_capped_at_the_order_total_with_tax_and_shipping() {
        setRates(20, 5.5);
        Account customer = pharmacy.customer();
        String order = cardOrder(customer, product("Cough syrup", 800, false, "STANDARD"), null);
        pharmacy.markPaid(customer, order);
        long total = 1600 + 320 + 495; // two bottles, 20 % tax, post

        Response tooMuch = pharmacy.post(
                "/api/v1/orders/" + order + "/refunds", admin, Map.of("amount", usd(total + 1), "reason", "test"));
        Response all = pharmacy.post("/api/v1/orders/" + order + "/refunds", admin, Map.of("reason", "damaged"));

        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.code()).isEqualTo("refund_exceeds_payment");
        assertThat(all.status()).as(all.toString()).isEqualTo(201);
        assertThat(all.body().path("amount").path("amount").asLong()).isEqualTo(total);
    }

    @Test
    void checkout_must_name_an_active_option_once_shipping_is_offered_and_changes_nothing_when_it_does_not() {
        Account customer = pharmacy.customer();
        String product = product("Lozenges", 300, false, "STANDARD");
        pharmacy.addToCart(customer, product, 1);
        Response retired = pharmacy.post(
                "/api/v1/shipping-options", admin, Map.of("name", "Old courier", "price", usd(900), "active", false));

        Response without = checkout(customer, null);
        Response withRetired = checkout(customer, retired.text("id"));
        Response withUnknown = checkout(customer, UUID.randomUUID().toString());
        Response malformed = pharmacy.get("/api/v1/cart/summary?shippingOptionId=nope", customer.accessToken());

        assertThat(without.status()).isEqualTo(400);
        assertThat(without.body().path("errors").get(0).path("field").asText()).isEqualTo("shippingOptionId");
        assertThat(withRetired.status()).isEqualTo(422);
        assertThat(withRetired.code()).isEqualTo("unknown_shipping_option");
        assertThat(withUnknown.code()).isEqualTo("unknown_shipping_option");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(pharmacy.get("/api/v1/orders", customer.accessToken())
                        .body()
                        .path("items")
                        .size())
                .isZero();
        assertThat(pharmacy.get("/api/v1/cart", customer.accessToken())
                        .body()
                        .path("items")
                        .size())
                .isEqualTo(1);
        assertThat(pharmacy.get("/api/v1/products/" + product, null)
                        .body()
                        .path("available")
                        .asInt())
                .isEqualTo(50);
    }

    @Test
    void only_administrators_manage_rates_and_options_and_anyone_sees_the_active_options() {
        Account customer = pharmacy.customer();

        Response customerRates = pharmacy.get("/api/v1/admin/tax-rates", customer.accessToken());
        Response customerPut = pharmacy.send(
                "PUT", "/api/v1/admin/tax-rates", customer.accessToken(), Map.of("rates", Map.of("STANDARD", 1)));
        Response customerOption =
                pharmacy.post("/api/v1/shipping-options", customer.accessToken(), Map.of("name", "x", "price", usd(1)));
        Response exempt = pharmacy.send(
                "PUT", "/api/v1/admin/tax-rates", admin, Map.of("rates", Map.of("EXEMPT", 5, "LUXURY", 30)));
        Response anonymous = pharmacy.get("/api/v1/shipping-options", null);
        Response changed = pharmacy.patch("/api/v1/shipping-options/" + post, admin, Map.of("name", "Standard post"));

        assertThat(customerRates.status()).isEqualTo(403);
        assertThat(customerPut.status()).isEqualTo(403);
        assertThat(customerOption.status()).isEqualTo(403);
        assertThat(exempt.status()).isEqualTo(400);
        assertThat(exempt.body().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("rates.EXEMPT", "rates.LUXURY");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.body().path("items").findValuesAsText("name"))
                .contains("Standard post")
                .doesNotContain("Old courier");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().path("freeOver").path("amount").asLong()).isEqualTo(5000);
        assertThat(pharmacy.get("/api/v1/admin/audit-log?action=shipping_option.updated", admin)
                        .body()
                        .path("items")
                        .size())
                .isPositive();
    }

    private static void setRates(double standard, double reduced) {
        Response set = pharmacy.send(
                "PUT",
                "/api/v1/admin/tax-rates",
                admin,
                Map.of("rates", Map.of("STANDARD", standard, "REDUCED", reduced)));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.body().path("rates").path("EXEMPT").asInt()).isZero();
    }

    /** An order of the over-the-counter products, 2 units each, shipped by post, awaiting payment. */
    private static String cardOrder(Account customer, String first, String second) {
        pharmacy.addToCart(customer, first, 2);
        if (second != null) {
            pharmacy.addToCart(customer, second, 2);
        }
        Response placed = checkout(customer, post);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.text("status")).isEqualTo("AWAITING_PAYMENT");
        return placed.text("id");
    }

    private static Response checkout(Account customer, String shippingOptionId) {
        Map<String, Object> body = new HashMap<>(Map.of("shippingAddress", ADDRESS));
        if (shippingOptionId != null) {
            body.put("shippingOptionId", shippingOptionId);
        }
        return pharmacy.post("/api/v1/orders", customer.accessToken(), body);
    }

    private static String product(String name, long price, boolean rx, String taxCategory) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "sku",
                "TX-" + UUID.randomUUID().toString().substring(0, 13),
                "name",
                name,
                "manufacturer",
                "Acme",
                "categoryId",
                category,
                "price",
                usd(price),
                "requiresPrescription",
                rx,
                "reorderLevel",
                0));
        if (taxCategory != null) {
            body.put("taxCategory", taxCategory);
        }
        Response created = pharmacy.post("/api/v1/products", admin, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("taxCategory"))
                .isEqualTo(taxCategory != null ? taxCategory : rx ? "EXEMPT" : "STANDARD");
        pharmacy.receive(created.text("id"), "L-" + UUID.randomUUID().toString().substring(0, 8), 400, 50);
        return created.text("id");
    }

    private static JsonNode line(JsonNode order, String product) {
        for (JsonNode item : order.path("items")) {
            if (item.path("productId").asText().equals(product)) {
                return item;
            }
        }
        throw new AssertionError("no line for " + product + " in " + order);
    }

    private static java.util.List<Long> amounts(JsonNode body) {
        return java.util.List.of(
                body.path("subtotal").path("amount").asLong(),
                body.path("tax").path("amount").asLong(),
                body.path("shipping").path("amount").asLong(),
                body.path("total").path("amount").asLong());
    }

    private static Map<String, Object> usd(long minor) {
        return Map.of("amount", minor, "currency", "USD");
    }
}
