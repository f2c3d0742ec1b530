package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import io.apotheca.stripe.fake.FakeStripeServer;
import io.apotheca.stripe.fake.StripeSignatures;
import io.apotheca.testsupport.PostgresExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cards charged at dispensing ({@code APOTHECA_CARD_CAPTURE=on_dispense}), over HTTP on PostgreSQL
 * with the fake Stripe server and a clock the test moves: the card is authorised while the
 * prescription waits, charged once for what is dispensed, and its authorisation released, never
 * captured, when the order does not go ahead.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CardCaptureOnDispenseApiIT {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @TempDir
    static Path dataDir;

    private static final byte[] PDF =
            "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static final MovableClock clock = new MovableClock();
    private static TestPharmacy pharmacy;
    private static FakeStripeServer stripe;
    private static String category;
    private static String pharmacistEmail;
    private static String post;

    @BeforeAll
    static void start() {
        pharmacy = TestPharmacy.start(
                postgres.database(),
                dataDir,
                Map.of("APOTHECA_CARD_CAPTURE", "on_dispense", "APOTHECA_CARD_AUTHORISATION_WINDOW", "P7D"),
                clock);
        stripe = pharmacy.stripe;
        category = pharmacy.category("capture");
        pharmacistEmail = pharmacy.pharmacist(true).email();
        Response created = pharmacy.post(
                "/api/v1/shipping-options",
                pharmacy.admin().accessToken(),
                Map.of("name", "Tracked post", "price", Map.of("amount", 495, "currency", "USD")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        post = created.text("id");
    }

    @AfterAll
    static void stop() {
        pharmacy.close();
    }

    @Test
    void a_card_authorised_while_the_prescription_waits_is_charged_once_in_full_at_dispensing() {
        Account patient = pharmacy.customer();
        String product = medicine("Amoxicillin 500 mg", 1299);
        pharmacy.addToCart(patient, product, 2);
        String order = checkout(patient).text("id");
        assertThat(view(order, patient).text("status")).isEqualTo("AWAITING_PRESCRIPTION");

        String intent = authorised(patient, order);
        assertThat(stripe.intent(intent).get("capture_method").getAsString()).isEqualTo("manual");
        Response waiting = view(order, patient);
        assertThat(waiting.text("status")).isEqualTo("AWAITING_PRESCRIPTION");
        assertThat(waiting.body().path("payment").path("status").asText()).isEqualTo("AUTHORISED");
        Instant hold = Instant.parse(waiting.text("holdExpiresAt"));
        assertThat(hold)
                .isBetween(
                        clock.instant().plus(Duration.ofDays(6)).minusSeconds(60),
                        clock.instant().plus(Duration.ofDays(6)));
        assertThat(pharmacy.post(
                                "/api/v1/orders/" + order + "/payment",
                                patient.accessToken(),
                                Map.of("method", "cash_on_delivery"))
                        .code())
                .isEqualTo("prescription_required");

        Account pharmacist = pharmacy.login(pharmacistEmail);
        approveAsOrdered(pharmacist, upload(patient, order));
        Response approved = view(order, patient);
        assertThat(approved.text("status")).isEqualTo("AWAITING_PAYMENT");
        assertThat(Instant.parse(approved.text("holdExpiresAt"))).isEqualTo(hold);

        Response first = fulfil(pharmacist, order, Map.of());
        Response retried = fulfil(pharmacist, order, Map.of());
        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        assertThat(retried.status()).isEqualTo(202);
        assertThat(retried.text("status")).isEqualTo("AWAITING_PAYMENT");
        assertThat(retried.body().path("payment").path("status").asText()).isEqualTo("CAPTURE_REQUESTED");
        List<FakeStripeServer.Received> captures = captures(intent);
        assertThat(captures).hasSize(2);
        assertThat(captures)
                .extracting(FakeStripeServer.Received::idempotencyKey)
                .containsOnly("order-" + order + "-intent-1-capture-3093");
        assertThat(stripe.intent(intent).get("amount_received").getAsLong()).isEqualTo(3093);

        String succeeded = stripe.succeededEvent(intent);
        assertThat(webhook(succeeded).status()).isEqualTo(200);
        assertThat(webhook(succeeded).status()).isEqualTo(200);
        assertThat(webhook(stripe.succeededEvent(intent)).status()).isEqualTo(200);
        Response paid = view(order, patient);
        assertThat(paid.text("status")).isEqualTo("PAID");
        assertThat(paid.body().path("payment").path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(paid.body().path("payment").path("amount").path("amount").asLong())
                .isEqualTo(3093);

        Response dispensed = fulfil(pharmacist, order, Map.of());
        assertThat(dispensed.status()).isEqualTo(200);
        assertThat(dispensed.text("status")).isEqualTo("FULFILLED");
        assertThat(captures(intent)).hasSize(2);
        assertThat(pharmacy.scalar("SELECT count(*) FROM refunds WHERE order_id = '" + order + "'"))
                .isZero();
    }

    @Test
    void a_prescription_approved_for_one_of_two_items_charges_that_item_and_its_share_of_shipping() {
        Account patient = pharmacy.customer();
        String kept = medicine("Lisinopril 10 mg", 1000);
        String withdrawn = medicine("Metformin 500 mg", 500);
        pharmacy.addToCart(patient, kept, 1);
        pharmacy.addToCart(patient, withdrawn, 1);
        Response placed = checkout(patient);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String order = placed.text("id");
        assertThat(placed.body().path("total").path("amount").asLong()).isEqualTo(1995);
        String intent = authorised(patient, order);
        int heldBefore = pharmacy.available(withdrawn);

        Account pharmacist = pharmacy.login(pharmacistEmail);
        Response approved = pharmacy.post(
                "/api/v1/prescriptions/" + upload(patient, order) + "/approve",
                pharmacist.accessToken(),
                Map.of(
                        "transcription",
                        Map.of(
                                "prescriber", Map.of("name", "Dr Jane Brown", "registrationNumber", "MD-445566"),
                                "writtenOn", today().toString(),
                                "items",
                                        List.of(Map.of(
                                                "productId", kept,
                                                "quantity", 1,
                                                "directions", "One tablet daily",
                                                "daysSupply", 30,
                                                "refills", 0)))));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(view(order, patient).text("status")).isEqualTo("AWAITING_PRESCRIPTION");

        Response uncovered = fulfil(pharmacist, order, Map.of());
        assertThat(uncovered.status()).isEqualTo(409);
        assertThat(uncovered.code()).isEqualTo("prescription_required");
        assertThat(captures(intent)).isEmpty();

        Response asked = fulfil(pharmacist, order, Map.of("withdraw", List.of(withdrawn)));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        // 1000 kept of a 1500 subtotal: two thirds of the 495 shipping, 330
        assertThat(stripe.intent(intent).get("amount_received").getAsLong()).isEqualTo(1330);
        assertThat(webhook(stripe.succeededEvent(intent)).status()).isEqualTo(200);

        Response paid = view(order, patient);
        assertThat(paid.text("status")).isEqualTo("PAID");
        assertThat(paid.body().path("total").path("amount").asLong()).isEqualTo(1330);
        assertThat(paid.body().path("items").findValuesAsText("productId")).containsExactly(kept);
        assertThat(pharmacy.available(withdrawn)).isEqualTo(heldBefore + 1);
        Response dispensed = fulfil(pharmacist, order, Map.of());
        assertThat(dispensed.text("status")).isEqualTo("FULFILLED");
        Response tooMuch = pharmacy.post(
                "/api/v1/orders/" + order + "/refunds",
                pharmacy.admin().accessToken(),
                Map.of("amount", Map.of("amount", 1331, "currency", "USD"), "reason", "more than was taken"));
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.code()).isEqualTo("refund_exceeds_payment");
    }

    @Test
    void the_queue_shows_each_review_deadline_and_comes_nearest_first() {
        Account patient = pharmacy.customer();
        String authorisedOrder = rxOrder(patient, "Losartan 50 mg");
        authorised(patient, authorisedOrder);
        String authorisedScript = upload(patient, authorisedOrder);
        String plainOrder = rxOrder(patient, "Amlodipine 5 mg");
        String plainScript = upload(patient, plainOrder);

        Response queue = pharmacy.get(
                "/api/v1/prescriptions?status=PENDING_REVIEW&limit=100",
                pharmacy.login(pharmacistEmail).accessToken());

        assertThat(queue.status()).isEqualTo(200);
        List<com.fasterxml.jackson.databind.JsonNode> ours = new java.util.ArrayList<>();
        queue.body().path("items").forEach(p -> {
            if (List.of(authorisedScript, plainScript).contains(p.path("id").asText())) {
                ours.add(p);
            }
        });
        // the newer upload's order holds for the review time (P3D), the authorised one until its window (6 days)
        assertThat(ours).extracting(p -> p.path("id").asText()).containsExactly(plainScript, authorisedScript);
        assertThat(Instant.parse(ours.get(0).path("reviewDeadline").asText()))
                .isEqualTo(Instant.parse(view(plainOrder, patient).text("holdExpiresAt")));
        assertThat(Instant.parse(ours.get(1).path("reviewDeadline").asText()))
                .isEqualTo(Instant.parse(view(authorisedOrder, patient).text("holdExpiresAt")));
        List<Instant> deadlines = new java.util.ArrayList<>();
        queue.body().path("items").forEach(p -> {
            if (!p.path("reviewDeadline").isNull()) {
                deadlines.add(Instant.parse(p.path("reviewDeadline").asText()));
            }
        });
        assertThat(deadlines).isSorted();

        List<String> all = new java.util.ArrayList<>();
        queue.body().path("items").forEach(p -> all.add(p.path("id").asText()));
        List<String> paged = new java.util.ArrayList<>();
        String cursor = "";
        do {
            Response page = pharmacy.get(
                    "/api/v1/prescriptions?status=PENDING_REVIEW&limit=2" + cursor,
                    pharmacy.login(pharmacistEmail).accessToken());
            page.body().path("items").forEach(p -> paged.add(p.path("id").asText()));
            String next = page.body().path("nextCursor").asText(null);
            cursor = next == null ? null : "&cursor=" + next;
        } while (cursor != null);
        assertThat(paged).isEqualTo(all);
    }

    @Test
    @Order(Order.DEFAULT + 1) // moves the clock two minutes: after the tests that read holds to the minute
    void a_capture_whose_answer_is_lost_is_asked_again_by_the_settlement_round_and_the_webhook_makes_the_order_paid() {
        Account patient = pharmacy.customer();
        String order = rxOrder(patient, "Clarithromycin 250 mg");
        String intent = authorised(patient, order);
        Account pharmacist = pharmacy.login(pharmacistEmail);
        approveAsOrdered(pharmacist, upload(patient, order));

        stripe.answerLate(2, Duration.ofSeconds(3)); // longer than STRIPE_TIMEOUT, the retry included
        Response lost = fulfil(pharmacist, order, Map.of());
        assertThat(lost.status()).isEqualTo(503);
        assertThat(lost.code()).isEqualTo("payment_provider_unavailable");
        assertThat(stripe.intent(intent).get("status").getAsString()).isEqualTo("succeeded");
        assertThat(view(order, patient).body().path("payment").path("status").asText())
                .isEqualTo("CAPTURE_REQUESTED");
        assertThat(pharmacy.scalar("SELECT count(*) FROM orders WHERE id = '" + order
                        + "' AND status = 'AWAITING_PAYMENT' AND hold_expires_at > now()"))
                .isOne();

        Response cancel = pharmacy.post("/api/v1/orders/" + order + "/cancel", patient.accessToken(), null);
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.code()).isEqualTo("invalid_transition");

        int asked = captures(intent).size();
        clock.advance(Duration.ofMinutes(2)); // unanswered for more than a minute: the settlement round asks again
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> captures(intent).size() > asked);
        assertThat(webhook(stripe.succeededEvent(intent)).status()).isEqualTo(200);
        assertThat(view(order, patient).text("status")).isEqualTo("PAID");
        assertThat(fulfil(pharmacist, order, Map.of()).text("status")).isEqualTo("FULFILLED");
        assertThat(captures(intent))
                .extracting(FakeStripeServer.Received::idempotencyKey)
                .containsOnly("order-" + order + "-intent-1-capture-1295");
        assertThat(stripe.intent(intent).get("amount_received").getAsLong()).isEqualTo(800 + 495);
    }

    @Test
    void a_capture_stripe_refuses_leaves_the_order_undispensed_with_a_clear_problem() {
        Account patient = pharmacy.customer();
        String order = rxOrder(patient, "Nitrofurantoin 100 mg");
        String intent = authorised(patient, order);
        Account pharmacist = pharmacy.login(pharmacistEmail);
        approveAsOrdered(pharmacist, upload(patient, order));
        stripe.lapse(intent);

        Response refused = fulfil(pharmacist, order, Map.of());

        assertThat(refused.status()).isEqualTo(402);
        assertThat(refused.code()).isEqualTo("capture_refused");
        Response after = view(order, patient);
        assertThat(after.text("status")).isEqualTo("AWAITING_PAYMENT");
        assertThat(after.body().path("payment").path("status").asText()).isEqualTo("AUTHORISED");
        assertThat(after.body().path("payment").path("lastFailure").asText()).isEqualTo("capture_refused");
        assertThat(after.body().path("items").get(0).path("lots")).isEmpty();
    }

    @Test
    @Order(Order.DEFAULT + 2) // moves the clock six days: last
    void a_rejection_a_cancellation_and_an_expired_window_each_release_the_authorisation_without_a_capture() {
        Account patient = pharmacy.customer();
        Account pharmacist = pharmacy.login(pharmacistEmail);

        String rejectedOrder = rxOrder(patient, "Doxycycline 100 mg");
        String rejectedIntent = authorised(patient, rejectedOrder);
        Response rejected = pharmacy.post(
                "/api/v1/prescriptions/" + upload(patient, rejectedOrder) + "/reject",
                pharmacist.accessToken(),
                Map.of("reason", "The prescription is not signed."));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);

        String cancelledOrder = rxOrder(patient, "Azithromycin 250 mg");
        String cancelledIntent = authorised(patient, cancelledOrder);
        Response cancelled = pharmacy.post("/api/v1/orders/" + cancelledOrder + "/cancel", patient.accessToken(), null);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");

        String lapsingOrder = rxOrder(patient, "Cefalexin 500 mg");
        String lapsingIntent = authorised(patient, lapsingOrder);
        clock.advance(Duration.ofDays(6).plusMinutes(1));
        Account later = pharmacy.login(patient.email()); // six days on, the first sign-in has expired

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    assertThat(status(rejectedIntent)).isEqualTo("canceled");
                    assertThat(status(cancelledIntent)).isEqualTo("canceled");
                    assertThat(status(lapsingIntent)).isEqualTo("canceled");
                    Response lapsed = view(lapsingOrder, later);
                    assertThat(lapsed.text("status")).isEqualTo("CANCELLED");
                    assertThat(lapsed.text("cancellationReason")).isEqualTo("expired");
                    assertThat(lapsed.body().path("payment").path("status").asText())
                            .isEqualTo("CANCELED");
                    assertThat(view(rejectedOrder, later)
                                    .body()
                                    .path("payment")
                                    .path("status")
                                    .asText())
                            .isEqualTo("CANCELED");
                });
        for (String intent : List.of(rejectedIntent, cancelledIntent, lapsingIntent)) {
            assertThat(captures(intent)).isEmpty();
            assertThat(
                            stripe.intent(intent).has("amount_received")
                                    ? stripe.intent(intent)
                                            .get("amount_received")
                                            .getAsLong()
                                    : 0L)
                    .isZero();
        }
    }

    @Test
    void a_cash_order_and_a_card_order_without_prescriptions_are_unchanged_in_how_they_are_paid() {
        Account patient = pharmacy.customer();
        String paracetamol = pharmacy.product(category, "Paracetamol 500 mg", 450, false);
        pharmacy.receive(paracetamol, "PCM-" + UUID.randomUUID().toString().substring(0, 8), 400, 10);
        pharmacy.addToCart(patient, paracetamol, 1);
        String plain = checkout(patient).text("id");
        Response cash = pharmacy.post(
                "/api/v1/orders/" + plain + "/payment", patient.accessToken(), Map.of("method", "cash_on_delivery"));
        assertThat(cash.status()).isEqualTo(200);
        assertThat(view(plain, patient).text("status")).isEqualTo("CONFIRMED");
    }

    /** A webhook signed now on the pharmacy's clock, which the test moves. */
    private static Response webhook(String payload) {
        return pharmacy.webhook(
                payload,
                StripeSignatures.header(
                        payload,
                        FakeStripeServer.WEBHOOK_SECRET,
                        clock.instant().getEpochSecond()));
    }

    /** Checks the cart out with tracked post (495): the only shipping option, so one must be chosen. */
    private static Response checkout(Account patient) {
        Response placed = pharmacy.post(
                "/api/v1/orders",
                patient.accessToken(),
                Map.of("shippingAddress", TestPharmacy.CHECKOUT.get("shippingAddress"), "shippingOptionId", post));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed;
    }

    private static String medicine(String name, long price) {
        String product = pharmacy.product(category, name, price, true);
        pharmacy.receive(product, "CAP-" + UUID.randomUUID().toString().substring(0, 8), 400, 10);
        return product;
    }

    private static String rxOrder(Account patient, String name) {
        pharmacy.addToCart(patient, medicine(name, 800), 1);
        return checkout(patient).text("id");
    }

    /** Pays by card while the order waits, and Stripe authorises the card: returns the intent's id. */
    private static String authorised(Account patient, String order) {
        Response started = pharmacy.payByCard(patient, order);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        String intent = started.text("providerPaymentId");
        Response delivered = webhook(stripe.authorise(intent));
        assertThat(delivered.status()).isEqualTo(200);
        assertThat(view(order, patient).body().path("payment").path("status").asText())
                .isEqualTo("AUTHORISED");
        return intent;
    }

    private static String upload(Account patient, String order) {
        Response uploaded = pharmacy.upload(patient.accessToken(), order, "script.pdf", "application/pdf", PDF);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        return uploaded.text("id");
    }

    private static void approveAsOrdered(Account pharmacist, String prescription) {
        Response approved =
                pharmacy.post("/api/v1/prescriptions/" + prescription + "/approve", pharmacist.accessToken(), Map.of());
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    }

    private static Response fulfil(Account pharmacist, String order, Map<String, Object> body) {
        return pharmacy.post("/api/v1/orders/" + order + "/fulfil", pharmacist.accessToken(), body);
    }

    private static Response view(String order, Account patient) {
        return pharmacy.get("/api/v1/orders/" + order, patient.accessToken());
    }

    private static List<FakeStripeServer.Received> captures(String intent) {
        return stripe.received().stream()
                .filter(r -> r.path().equals("/v1/payment_intents/" + intent + "/capture"))
                .toList();
    }

    private static String status(String intent) {
        JsonObject found = stripe.intent(intent);
        return found.get("status").getAsString();
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
