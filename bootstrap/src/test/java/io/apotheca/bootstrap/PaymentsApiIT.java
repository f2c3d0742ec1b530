package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import io.apotheca.stripe.fake.FakeStripeServer;
import io.apotheca.stripe.fake.StripeSignatures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Payments end to end over HTTP: PaymentIntents through the real stripe-java client against the
 * fake Stripe server, webhooks signed as Stripe signs them, refunds, cash on delivery; on
 * PostgreSQL.
 */
class PaymentsApiIT {

    @RegisterExtension
    static final RunningPharmacy running = new RunningPharmacy();

    private static TestPharmacy pharmacy;
    private static FakeStripeServer stripe;
    private static String category;
    private static String admin;

    @BeforeAll
    static void start() {
        stripe = pharmacy.stripe;
        category = pharmacy.category("payments");
        admin = pharmacy.admin().accessToken();
    }

    /** An order of two units at 12.50 USD (total 2500), awaiting payment. */
    private static String order(Account customer) {
        return pharmacy.orderOf(customer, pharmacy.product(category, "Ibuprofen 200 mg", 1250, false), 2);
    }

    private static Response view(String order, Account customer) {
        return pharmacy.get("/api/v1/orders/" + order, customer.accessToken());
    }

    private static Response refund(String order, Object body) {
        return pharmacy.post("/api/v1/orders/" + order + "/refunds", admin, body);
    }

    private static List<JsonObject> refundsAtStripe(String intent) {
        return stripe.refunds().stream()
                .filter(r -> r.get("payment_intent").getAsString().equals(intent))
                .toList();
    }

    /**
     * One prescription order's whole life: checkout, upload, approval by a verified pharmacist,
     * payment by card confirmed by Stripe's webhook, dispensing first-expiry-first-out, shipping,
     * delivery, and a partial refund.
     */
    @Test
    void a_prescription_order_from_checkout_to_a_partial_refund() {
        Account patient = pharmacy.customer();
        Account pharmacist = pharmacy.pharmacist(true);
        String product = pharmacy.product(category, "Amoxicillin 500 mg", 1299, true);
        pharmacy.receive(product, "AMX-LATE-" + UUID.randomUUID().toString().substring(0, 6), 400, 5);
        pharmacy.receive(product, "AMX-SOON-" + UUID.randomUUID().toString().substring(0, 6), 120, 1);
        pharmacy.addToCart(patient, product, 2);
        String order = pharmacy.checkout(patient).text("id");
        assertThat(view(order, patient).text("status")).isEqualTo("AWAITING_PRESCRIPTION");
        assertThat(pharmacy.payByCard(patient, order).code()).isEqualTo("prescription_required");

        byte[] pdf = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String prescription = pharmacy.upload(patient.accessToken(), order, "script.pdf", "application/pdf", pdf)
                .text("id");
        Response approved =
                pharmacy.post("/api/v1/prescriptions/" + prescription + "/approve", pharmacist.accessToken(), Map.of());
        assertThat(approved.text("status")).isEqualTo("APPROVED");
        assertThat(view(order, patient).text("status")).isEqualTo("AWAITING_PAYMENT");

        Response intent = pharmacy.payByCard(patient, order);
        assertThat(stripe.intent(intent.text("providerPaymentId")).get("amount").getAsLong())
                .isEqualTo(2598);
        assertThat(view(order, patient).text("status")).isEqualTo("AWAITING_PAYMENT");
        pharmacy.webhook(stripe.succeed(intent.text("providerPaymentId")));
        assertThat(view(order, patient).text("status")).isEqualTo("PAID");

        Response fulfilled = pharmacy.post("/api/v1/orders/" + order + "/fulfil", pharmacist.accessToken(), null);
        assertThat(fulfilled.text("status")).isEqualTo("FULFILLED");
        assertThat(fulfilled.body().path("items").get(0).path("lots"))
                .extracting(lot -> lot.path("lotNumber").asText().substring(0, 8))
                .containsExactly("AMX-SOON", "AMX-LATE");
        assertThat(pharmacy.post("/api/v1/orders/" + order + "/ship", admin, null)
                        .text("status"))
                .isEqualTo("SHIPPED");
        assertThat(pharmacy.post("/api/v1/orders/" + order + "/deliver", admin, null)
                        .text("status"))
                .isEqualTo("DELIVERED");

        Response partial =
                refund(order, Map.of("amount", Map.of("amount", 1299, "currency", "USD"), "reason", "one pack unused"));
        assertThat(partial.status()).isEqualTo(201);
        assertThat(partial.text("orderStatus")).isEqualTo("DELIVERED");
        assertThat(refundsAtStripe(intent.text("providerPaymentId")))
                .extracting(r -> r.get("amount").getAsLong())
                .containsExactly(1299L);
        Response delivered = view(order, patient);
        assertThat(delivered
                        .body()
                        .path("payment")
                        .path("refunded")
                        .path("amount")
                        .asLong())
                .isEqualTo(1299);
        assertThat(pharmacy.scalar("SELECT count(*) FROM stock_movements WHERE kind = 'QUARANTINED' AND order_id = '"
                        + order + "'"))
                .isZero();
    }

    @Test
    void five_retries_make_one_payment_intent_under_a_key_with_the_order_id() {
        Account customer = pharmacy.customer();
        String order = order(customer);

        List<Response> answers = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> pharmacy.payByCard(customer, order))
                .toList();

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
        assertThat(answers)
                .extracting(a -> a.text("providerPaymentId"))
                .containsOnly(answers.get(0).text("providerPaymentId"));
        assertThat(answers)
                .extracting(a -> a.text("paymentId"))
                .containsOnly(answers.get(0).text("paymentId"));
        Response first = answers.get(0);
        assertThat(first.text("provider")).isEqualTo("stripe");
        assertThat(first.text("clientSecret")).startsWith(first.text("providerPaymentId") + "_secret_");
        assertThat(first.text("status")).isEqualTo("REQUIRES_PAYMENT");
        assertThat(stripe.intents())
                .filteredOn(i -> i.getAsJsonObject("metadata")
                        .get("orderId")
                        .getAsString()
                        .equals(order))
                .singleElement()
                .satisfies(intent -> {
                    assertThat(intent.get("amount").getAsLong()).isEqualTo(2500);
                    assertThat(intent.get("currency").getAsString()).isEqualTo("usd");
                });
        assertThat(stripe.received())
                .filteredOn(r -> r.path().equals("/v1/payment_intents"))
                .filteredOn(r -> r.idempotencyKey().contains(order))
                .extracting(FakeStripeServer.Received::idempotencyKey)
                .containsOnly("order-" + order + "-intent-1");
        assertThat(pharmacy.scalar("SELECT count(*) FROM payments WHERE order_id = '" + order + "'"))
                .isEqualTo(1);
        assertThat(view(order, customer).text("status")).isEqualTo("AWAITING_PAYMENT");
    }

    @Test
    void eight_simultaneous_requests_to_pay_make_one_payment_row_and_one_intent() throws Exception {
        Account customer = pharmacy.customer();
        String order = order(customer);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Response>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(threads.submit(() -> {
                start.await();
                return pharmacy.payByCard(customer, order);
            }));
        }
        start.countDown();
        List<Response> responses = new java.util.ArrayList<>();
        for (var answer : answers) {
            responses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        threads.shutdown();

        assertThat(responses)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 409));
        assertThat(responses)
                .filteredOn(r -> r.status() == 200)
                .extracting(r -> r.text("providerPaymentId"))
                .isNotEmpty()
                .containsOnly(stripe.intents().stream()
                        .filter(i -> i.getAsJsonObject("metadata")
                                .get("orderId")
                                .getAsString()
                                .equals(order))
                        .findFirst()
                        .orElseThrow()
                        .get("id")
                        .getAsString());
        assertThat(stripe.intents())
                .filteredOn(i -> i.getAsJsonObject("metadata")
                        .get("orderId")
                        .getAsString()
                        .equals(order))
                .hasSize(1);
        assertThat(pharmacy.scalar("SELECT count(*) FROM payments WHERE order_id = '" + order + "'"))
                .isEqualTo(1);
    }

    @Test
    void a_signed_success_pays_the_order_once_however_often_it_is_delivered() {
        Account customer = pharmacy.customer();
        String order = order(customer);
        String intent = pharmacy.payByCard(customer, order).text("providerPaymentId");
        String event = stripe.succeed(intent);

        Response first = pharmacy.webhook(event);
        Response again = pharmacy.webhook(event);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().path("processed").asBoolean()).isTrue();
        assertThat(first.body().path("duplicate").asBoolean()).isFalse();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("duplicate").asBoolean()).isTrue();
        Response paid = view(order, customer);
        assertThat(paid.text("status")).isEqualTo("PAID");
        assertThat(paid.body().path("payment").path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(paid.body().path("payment").path("providerPaymentId").asText())
                .isEqualTo(intent);
        assertThat(pharmacy.scalar(
                        "SELECT count(*) FROM outbox WHERE type = 'order.paid' AND aggregate_id = '" + order + "'"))
                .isEqualTo(1);
        assertThat(pharmacy.payByCard(customer, order).code()).isEqualTo("order_not_payable");
    }

    @Test
    void a_bad_signature_or_a_stale_timestamp_is_400_and_changes_nothing() {
        Account customer = pharmacy.customer();
        String order = order(customer);
        String intent = pharmacy.payByCard(customer, order).text("providerPaymentId");
        String event = stripe.succeed(intent);
        long now = System.currentTimeMillis() / 1000;

        Response forged = pharmacy.webhook(event, StripeSignatures.header(event, "whsec_guessed", now));
        Response stale =
                pharmacy.webhook(event, StripeSignatures.header(event, FakeStripeServer.WEBHOOK_SECRET, now - 301));
        Response tampered = pharmacy.webhook(
                event.replace("\"amount\":2500", "\"amount\":1"),
                StripeSignatures.header(event, FakeStripeServer.WEBHOOK_SECRET, now));
        Response unsigned = pharmacy.send("POST", "/webhooks/stripe", null, event);

        assertThat(List.of(forged, stale, tampered, unsigned)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.code()).isEqualTo("invalid_signature");
        });
        assertThat(view(order, customer).text("status")).isEqualTo("AWAITING_PAYMENT");
        assertThat(pharmacy.scalar("SELECT count(*) FROM provider_events WHERE provider_payment_id = '" + intent + "'"))
                .isZero();
    }

    @Test
    void a_declined_card_leaves_the_order_payable_with_the_same_intent_and_a_late_decline_undoes_nothing() {
        Account customer = pharmacy.customer();
        String order = order(customer);
        String intent = pharmacy.payByCard(customer, order).text("providerPaymentId");

        assertThat(pharmacy.webhook(stripe.decline(intent)).status()).isEqualTo(200);
        Response declined = view(order, customer);
        assertThat(declined.text("status")).isEqualTo("AWAITING_PAYMENT");
        assertThat(declined.body().path("payment").path("lastFailure").asText()).isEqualTo("insufficient_funds");
        assertThat(pharmacy.payByCard(customer, order).text("providerPaymentId"))
                .isEqualTo(intent);

        String declineEvent = stripe.decline(intent);
        pharmacy.webhook(stripe.succeed(intent));
        pharmacy.webhook(declineEvent); // arrives after the success: never moves the order back
        Response paid = view(order, customer);
        assertThat(paid.text("status")).isEqualTo("PAID");
        assertThat(paid.body().path("payment").path("status").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void a_late_success_on_a_cancelled_order_is_refunded_at_once_and_the_order_stays_cancelled() {
        Account customer = pharmacy.customer();
        String order = order(customer);
        String intent = pharmacy.payByCard(customer, order).text("providerPaymentId");
        String event = stripe.succeed(intent); // the patient paid just as the order was cancelled
        assertThat(pharmacy.post("/api/v1/orders/" + order + "/cancel", customer.accessToken(), null)
                        .status())
                .isEqualTo(200);

        Response delivered = pharmacy.webhook(event);

        assertThat(delivered.body().path("processed").asBoolean()).isTrue();
        Response after = view(order, customer);
        assertThat(after.text("status")).isEqualTo("CANCELLED");
        assertThat(after.body().path("payment").path("refunded").path("amount").asLong())
                .isEqualTo(2500);
        assertThat(refundsAtStripe(intent))
                .singleElement()
                .satisfies(r -> assertThat(r.get("amount").getAsLong()).isEqualTo(2500));
        assertThat(pharmacy.get("/api/v1/admin/audit-log?target=" + order, admin)
                        .body()
                        .path("items")
                        .findValuesAsText("action"))
                .contains("payment.given_back");
    }

    @Test
    void a_handler_failure_leaves_the_event_to_a_later_delivery_which_processes_it() {
        Account customer = pharmacy.customer();
        String order = order(customer);
        String intent = pharmacy.payByCard(customer, order).text("providerPaymentId");
        String event = stripe.succeed(intent);
        stripe.failRefunds(true); // the automatic refund cannot reach Stripe
        pharmacy.post("/api/v1/orders/" + order + "/cancel", customer.accessToken(), null);

        Response failed;
        try {
            failed = pharmacy.webhook(event);
        } finally {
            stripe.failRefunds(false);
        }

        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.body().path("processed").asBoolean()).isFalse();
        assertThat(refundsAtStripe(intent)).isEmpty();
        assertThat(pharmacy.scalar("SELECT attempts FROM provider_events WHERE id = '" + failed.text("eventId") + "'"))
                .isEqualTo(1);

        Response redelivered = pharmacy.webhook(event);

        assertThat(redelivered.body().path("duplicate").asBoolean()).isTrue();
        assertThat(redelivered.body().path("processed").asBoolean()).isTrue();
        assertThat(refundsAtStripe(intent)).singleElement();
        assertThat(view(order, customer).text("status")).isEqualTo("CANCELLED");
        assertThat(pharmacy.webhook(event).body().path("processed").asBoolean()).isTrue();
        assertThat(refundsAtStripe(intent)).hasSize(1);
    }

    @Test
    void a_partial_then_a_full_refund_make_the_order_refunded_and_release_its_stock() {
        Account customer = pharmacy.customer();
        String order = order(customer);
        String product = view(order, customer)
                .body()
                .path("items")
                .get(0)
                .path("productId")
                .asText();
        pharmacy.markPaid(customer, order);
        String intent = view(order, customer)
                .body()
                .path("payment")
                .path("providerPaymentId")
                .asText();
        int availableWhilePaid = pharmacy.available(product);

        Response partial =
                refund(order, Map.of("amount", Map.of("amount", 1000, "currency", "USD"), "reason", "one box damaged"));
        Response tooMuch =
                refund(order, Map.of("amount", Map.of("amount", 1501, "currency", "USD"), "reason", "too much"));
        Response rest = refund(order, Map.of("reason", "order returned"));
        Response more = refund(order, Map.of("reason", "again"));

        assertThat(partial.status()).as(partial.toString()).isEqualTo(201);
        assertThat(partial.body().path("amount").path("amount").asLong()).isEqualTo(1000);
        assertThat(partial.text("status")).isEqualTo("SUCCEEDED");
        assertThat(partial.text("orderStatus")).isEqualTo("PAID");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.code()).isEqualTo("refund_exceeds_payment");
        assertThat(rest.status()).isEqualTo(201);
        assertThat(rest.body().path("amount").path("amount").asLong()).isEqualTo(1500);
        assertThat(rest.text("orderStatus")).isEqualTo("REFUNDED");
        assertThat(more.status()).isEqualTo(409);
        assertThat(more.code()).isEqualTo("already_refunded");
        assertThat(refundsAtStripe(intent).stream()
                        .mapToLong(r -> r.get("amount").getAsLong())
                        .sum())
                .isEqualTo(2500);
        Response refunded = view(order, customer);
        assertThat(refunded.text("status")).isEqualTo("REFUNDED");
        assertThat(refunded.body()
                        .path("payment")
                        .path("refunded")
                        .path("amount")
                        .asLong())
                .isEqualTo(2500);
        assertThat(pharmacy.available(product)).isEqualTo(availableWhilePaid + 2);
        assertThat(pharmacy.get("/api/v1/admin/audit-log?target=" + order, admin)
                        .body()
                        .path("items")
                        .findValuesAsText("action"))
                .contains("order.refund_requested", "order.refunded");
    }

    @Test
    void refunds_are_refused_for_unpaid_orders_other_currencies_and_bad_bodies_and_change_nothing() {
        Account customer = pharmacy.customer();
        String unpaid = order(customer);
        String paid = order(customer);
        pharmacy.markPaid(customer, paid);

        assertThat(refund(unpaid, Map.of("reason", "x")).code()).isEqualTo("not_refundable");
        assertThat(refund(paid, Map.of("amount", Map.of("amount", 100, "currency", "EUR"), "reason", "x"))
                        .status())
                .isEqualTo(400);
        assertThat(refund(paid, Map.of("amount", Map.of("amount", -5, "currency", "USD"), "reason", "x"))
                        .status())
                .isEqualTo(400);
        assertThat(refund(paid, Map.of("amount", Map.of("amount", 100, "currency", "USD")))
                        .code())
                .isEqualTo("validation_failed");
        assertThat(pharmacy.post("/api/v1/orders/" + paid + "/refunds", customer.accessToken(), Map.of("reason", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(refund(UUID.randomUUID().toString(), Map.of("reason", "x")).status())
                .isEqualTo(404);
        assertThat(pharmacy.scalar("SELECT count(*) FROM refunds WHERE order_id IN ('" + unpaid + "', '" + paid + "')"))
                .isZero();
        assertThat(view(paid, customer).text("status")).isEqualTo("PAID");
    }

    @Test
    void a_refund_made_in_stripes_dashboard_is_reconciled_by_its_webhook() {
        Account customer = pharmacy.customer();
        String order = order(customer);
        pharmacy.markPaid(customer, order);
        String intent = view(order, customer)
                .body()
                .path("payment")
                .path("providerPaymentId")
                .asText();

        Response delivered = pharmacy.webhook(stripe.refundInDashboard(intent, 2500));

        assertThat(delivered.body().path("processed").asBoolean()).isTrue();
        assertThat(view(order, customer).text("status")).isEqualTo("REFUNDED");
        assertThat(pharmacy.scalar("SELECT count(*) FROM refunds WHERE order_id = '" + order + "'"))
                .isEqualTo(1);
    }

    @Test
    void cash_on_delivery_confirms_the_order_which_is_fulfilled_and_collected_at_delivery() {
        Account customer = pharmacy.customer();
        String order = order(customer);

        Response confirmed = pharmacy.post(
                "/api/v1/orders/" + order + "/payment", customer.accessToken(), Map.of("method", "cash_on_delivery"));

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.text("provider")).isEqualTo("cash_on_delivery");
        assertThat(confirmed.text("status")).isEqualTo("CONFIRMED");
        assertThat(confirmed.text("orderStatus")).isEqualTo("CONFIRMED");
        assertThat(confirmed.body().path("clientSecret").isNull()).isTrue();
        assertThat(pharmacy.post("/api/v1/orders/" + order + "/fulfil", admin, null)
                        .text("status"))
                .isEqualTo("FULFILLED");
        assertThat(refund(order, Map.of("reason", "not yet collected")).code()).isEqualTo("not_refundable");
        pharmacy.post("/api/v1/orders/" + order + "/ship", admin, null);
        Response delivered = pharmacy.post("/api/v1/orders/" + order + "/deliver", admin, null);
        assertThat(delivered.text("status")).isEqualTo("DELIVERED");
        assertThat(delivered.body().path("payment").path("status").asText()).isEqualTo("COLLECTED");
        Response refunded = refund(order, Map.of("reason", "returned unopened"));
        assertThat(refunded.status()).isEqualTo(201);
        assertThat(refunded.text("orderStatus")).isEqualTo("REFUNDED");
        assertThat(pharmacy.scalar("SELECT count(*) FROM stock_movements WHERE kind = 'QUARANTINED' AND order_id = '"
                        + order + "'"))
                .isEqualTo(1);
    }

    @Test
    void only_the_owner_pays_a_prescription_order_is_refused_first_and_a_method_is_required() {
        Account owner = pharmacy.customer();
        Account stranger = pharmacy.customer();
        String order = order(owner);
        String rx = pharmacy.rxOrder(owner, category);

        assertThat(pharmacy.payByCard(stranger, order).status()).isEqualTo(404);
        assertThat(pharmacy.post("/api/v1/orders/" + order + "/payment", admin, Map.of("method", "card"))
                        .status())
                .isEqualTo(403);
        Response rxRefused =
                pharmacy.post("/api/v1/orders/" + rx + "/payment", owner.accessToken(), Map.of("method", "bitcoin"));
        assertThat(rxRefused.status()).isEqualTo(409);
        assertThat(rxRefused.code()).isEqualTo("prescription_required");
        assertThat(pharmacy.post(
                                "/api/v1/orders/" + order + "/payment",
                                owner.accessToken(),
                                Map.of("method", "bitcoin"))
                        .code())
                .isEqualTo("validation_failed");
        assertThat(pharmacy.scalar("SELECT count(*) FROM payments WHERE order_id IN ('" + order + "', '" + rx + "')"))
                .isZero();
    }

    @Test
    void stripe_down_is_503_and_the_retry_reuses_the_key_without_a_second_intent() {
        Account customer = pharmacy.customer();
        String order = order(customer);
        stripe.failNext(2);

        Response down = pharmacy.payByCard(customer, order);
        Response retried = pharmacy.payByCard(customer, order);

        assertThat(down.status()).isEqualTo(503);
        assertThat(down.code()).isEqualTo("payment_provider_unavailable");
        assertThat(down.body().toString()).doesNotContain("api_error").doesNotContain("unknown error");
        assertThat(retried.status()).isEqualTo(200);
        assertOneIntentUnderTheFirstKey(order);
    }

    @Test
    void stripe_slower_than_its_timeout_is_503_in_bounded_time_and_the_retry_makes_no_second_intent() {
        Account customer = pharmacy.customer();
        String order = order(customer);
        stripe.answerLate(3, Duration.ofSeconds(5)); // the tests' STRIPE_TIMEOUT is 2 s

        long started = System.nanoTime();
        Response slow = pharmacy.payByCard(customer, order);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Response retried = pharmacy.payByCard(customer, order);

        assertThat(slow.status()).isEqualTo(503);
        assertThat(slow.code()).isEqualTo("payment_provider_unavailable");
        // one call and its network retries, each cut off at the timeout: never the five seconds of each late answer
        assertThat(took).isLessThan(Duration.ofSeconds(9));
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertOneIntentUnderTheFirstKey(order);
    }

    /** However many calls reached Stripe, the order has one PaymentIntent, asked for under its first key. */
    private void assertOneIntentUnderTheFirstKey(String order) {
        assertThat(stripe.intents())
                .filteredOn(i -> i.getAsJsonObject("metadata")
                        .get("orderId")
                        .getAsString()
                        .equals(order))
                .hasSize(1);
        assertThat(stripe.received())
                .filteredOn(r -> r.path().equals("/v1/payment_intents")
                        && r.idempotencyKey().contains(order))
                .extracting(FakeStripeServer.Received::idempotencyKey)
                .containsOnly("order-" + order + "-intent-1");
    }

    @Test
    void an_expired_hold_cancels_the_open_payment_intent() {
        Account customer = pharmacy.customer();
        String order = order(customer);
        String intent = pharmacy.payByCard(customer, order).text("providerPaymentId");

        pharmacy.execute("UPDATE orders SET hold_expires_at = now() - interval '1 second' WHERE id = '" + order + "'");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> stripe.intent(intent).get("status").getAsString().equals("canceled"));
        Response expired = view(order, customer);
        assertThat(expired.text("status")).isEqualTo("CANCELLED");
        assertThat(expired.text("cancellationReason")).isEqualTo("expired");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> view(order, customer)
                        .body()
                        .path("payment")
                        .path("status")
                        .asText()
                        .equals("CANCELED"));
    }

    @Test
    void the_same_idempotency_key_replays_the_first_payment_answer() {
        Account customer = pharmacy.customer();
        String order = order(customer);
        String path = "/api/v1/orders/" + order + "/payment";

        Response first = pharmacy.sendWithHeaders(
                "POST",
                path,
                Map.of("method", "card"),
                "Authorization",
                "Bearer " + customer.accessToken(),
                "Idempotency-Key",
                "pay-" + order);
        Response replay = pharmacy.sendWithHeaders(
                "POST",
                path,
                Map.of("method", "card"),
                "Authorization",
                "Bearer " + customer.accessToken(),
                "Idempotency-Key",
                "pay-" + order);
        Response other = pharmacy.sendWithHeaders(
                "POST",
                path,
                Map.of("method", "cash_on_delivery"),
                "Authorization",
                "Bearer " + customer.accessToken(),
                "Idempotency-Key",
                "pay-" + order);

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.code()).isEqualTo("idempotency_key_reused");
    }
}
