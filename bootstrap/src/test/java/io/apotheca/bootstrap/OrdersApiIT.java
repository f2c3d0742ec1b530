package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Checkout, holds, idempotency and cancellation over HTTP, against PostgreSQL. */
class OrdersApiIT {

    @RegisterExtension
    static final RunningPharmacy running = new RunningPharmacy();

    private static final Map<String, Object> ADDRESS = Map.of(
            "recipientName",
            "Ada Lovelace",
            "line1",
            "12 St James's Square",
            "city",
            "London",
            "postalCode",
            "SW1Y 4JH",
            "country",
            "GB");

    private static TestPharmacy pharmacy;
    private static String admin;
    private static String category;

    @BeforeAll
    static void start() {
        admin = pharmacy.admin().accessToken();
        category = pharmacy.post("/api/v1/categories", admin, Map.of("name", "Orders", "slug", "orders"))
                .text("id");
    }

    @Test
    void checkout_holds_the_stock_empties_the_cart_and_awaits_payment() {
        String product = stockedProduct(false, 10);
        Account customer = customerWith(product, 3);

        Response order = checkout(customer, null, ADDRESS);

        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        assertThat(order.text("status")).isEqualTo("AWAITING_PAYMENT");
        assertThat(order.body().path("total").path("amount").asLong()).isEqualTo(1500);
        assertThat(order.text("holdExpiresAt")).isNotBlank();
        assertThat(order.body().path("shippingAddress").path("country").asText())
                .isEqualTo("GB");
        assertThat(pharmacy.get("/api/v1/cart", customer.accessToken()).body().path("items"))
                .isEmpty();
        assertThat(pharmacy.available(product)).isEqualTo(7);
        assertThat(pharmacy.get("/api/v1/inventory/products/" + product, admin)
                        .body()
                        .path("reserved")
                        .asInt())
                .isEqualTo(3);
    }

    @Test
    void a_prescription_item_makes_the_order_await_its_prescription() {
        String rx = stockedProduct(true, 5);

        Response order = checkout(customerWith(rx, 1), null, ADDRESS);

        assertThat(order.text("status")).isEqualTo("AWAITING_PRESCRIPTION");
        assertThat(order.body()
                        .path("items")
                        .get(0)
                        .path("requiresPrescription")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void not_enough_stock_is_409_naming_the_product_and_holds_nothing() {
        String plenty = stockedProduct(false, 10);
        String scarce = stockedProduct(false, 1);
        Account customer = customerWith(plenty, 2);
        pharmacy.send("PUT", "/api/v1/cart/items/" + scarce, customer.accessToken(), Map.of("quantity", 2));

        Response refused = checkout(customer, null, ADDRESS);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("insufficient_stock");
        assertThat(refused.text("detail")).contains(scarce).doesNotContain(plenty);
        assertThat(pharmacy.available(plenty)).as("nothing held").isEqualTo(10);
        assertThat(pharmacy.get("/api/v1/cart", customer.accessToken()).body().path("items"))
                .hasSize(2);
    }

    @Test
    void an_empty_cart_and_a_bad_address_are_refused_clearly() {
        Account customer = pharmacy.customer();
        Account another = customerWith(stockedProduct(false, 5), 1);

        Response empty = checkout(customer, null, ADDRESS);
        Response badAddress = checkout(another, null, Map.of("line1", "x", "country", "XX"));

        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.code()).isEqualTo("cart_empty");
        assertThat(badAddress.status()).isEqualTo(400);
        assertThat(badAddress.body().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder(
                        "shippingAddress.city", "shippingAddress.postalCode", "shippingAddress.country");
    }

    @Test
    void the_same_idempotency_key_replays_the_order_and_another_body_is_422() {
        String product = stockedProduct(false, 10);
        Account customer = customerWith(product, 2);

        Response first = checkout(customer, "checkout-1", ADDRESS);
        Response replay = checkout(customer, "checkout-1", ADDRESS);
        Response reused = checkout(
                customer,
                "checkout-1",
                Map.of("line1", "1 Other Street", "city", "Paris", "postalCode", "75001", "country", "FR"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.text("id")).isEqualTo(first.text("id"));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo("idempotency_key_reused");
        assertThat(pharmacy.get("/api/v1/orders", customer.accessToken()).body().path("items"))
                .hasSize(1);
        assertThat(pharmacy.available(product)).isEqualTo(8);
    }

    @Test
    void thirty_concurrent_buyers_of_ten_units_make_exactly_ten_orders() throws Exception {
        String product = stockedProduct(false, 10);
        List<Account> buyers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            buyers.add(customerWith(product, 1));
        }
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            List<Callable<Response>> checkouts = new ArrayList<>();
            for (Account buyer : buyers) {
                checkouts.add(() -> pharmacy.checkoutTryingAgainWhenUnavailable(buyer));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(checkouts)) {
                answers.add(answer.get());
            }

            assertThat(answers)
                    .as("answers other than placed or out of stock")
                    .filteredOn(a -> a.status() != 201 && !"insufficient_stock".equals(a.code()))
                    .isEmpty();
            assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(10);
            assertThat(answers).filteredOn(a -> a.status() == 409).hasSize(20);
            assertThat(pharmacy.available(product)).isZero();
            assertThat(pharmacy.get("/api/v1/inventory/products/" + product, admin)
                            .body()
                            .path("reserved")
                            .asInt())
                    .isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_owner_cancels_before_payment_and_the_stock_comes_back_but_not_twice() {
        String product = stockedProduct(false, 4);
        Account customer = customerWith(product, 4);
        String order = checkout(customer, null, ADDRESS).text("id");
        Account stranger = pharmacy.customer();

        Response strangersView = pharmacy.get("/api/v1/orders/" + order, stranger.accessToken());
        Response strangersCancel = pharmacy.post("/api/v1/orders/" + order + "/cancel", stranger.accessToken(), null);
        Response cancelled = pharmacy.post("/api/v1/orders/" + order + "/cancel", customer.accessToken(), null);
        Response again = pharmacy.post("/api/v1/orders/" + order + "/cancel", customer.accessToken(), null);

        assertThat(strangersView.status()).isEqualTo(404);
        assertThat(strangersCancel.status()).isEqualTo(404);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.text("cancellationReason")).isEqualTo("customer");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("invalid_transition");
        assertThat(pharmacy.available(product)).isEqualTo(4);
        assertThat(pharmacy.get("/api/v1/orders/" + order, admin).text("status"))
                .as("staff see every order")
                .isEqualTo("CANCELLED");
        assertThat(pharmacy.get(
                                "/api/v1/orders/" + order,
                                pharmacy.pharmacist(false).accessToken())
                        .status())
                .isEqualTo(404);
    }

    private static Response checkout(Account customer, String idempotencyKey, Map<String, Object> address) {
        if (idempotencyKey == null) {
            return pharmacy.post("/api/v1/orders", customer.accessToken(), Map.of("shippingAddress", address));
        }
        return pharmacy.sendWithHeaders(
                "POST",
                "/api/v1/orders",
                Map.of("shippingAddress", address),
                "Authorization",
                "Bearer " + customer.accessToken(),
                "Idempotency-Key",
                idempotencyKey);
    }

    private static Account customerWith(String product, int quantity) {
        Account customer = pharmacy.customer();
        pharmacy.addToCart(customer, product, quantity);
        return customer;
    }

    private static String stockedProduct(boolean rx, int units) {
        String product = pharmacy.product(category, "Order product", 500, rx);
        pharmacy.receive(product, "L-" + UUID.randomUUID().toString().substring(0, 6), 365, units);
        return product;
    }
}
