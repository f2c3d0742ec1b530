package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import io.apotheca.testsupport.PostgresExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prescriptions kept on file, over HTTP on PostgreSQL, on a clock the test moves: a transcription's
 * refills serve exactly their fills, each reserved at checkout and dispensed with its order; a
 * refill asked too soon is refused with the day it is allowed; the controlled-substance rules refuse
 * what 21 CFR 1306 forbids.
 */
class PrescriptionsOnFileApiIT {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @TempDir
    static Path dataDir;

    private static final byte[] PDF =
            "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String DEA = "AB1234563";

    private static final MovableClock clock = new MovableClock();
    private static TestPharmacy pharmacy;
    private static String statin;
    private static String oxycodone;
    private static String tramadol;
    private static String pharmacistEmail;

    @BeforeAll
    static void start() {
        pharmacy = TestPharmacy.start(postgres.database(), dataDir, Map.of(), clock);
        String category = pharmacy.category("on-file");
        statin = medicine(category, "Atorvastatin 20 mg", null);
        oxycodone = medicine(category, "Oxycodone 5 mg", "CII");
        tramadol = medicine(category, "Tramadol 50 mg", "CIV");
        pharmacistEmail = pharmacy.pharmacist(true).email();
    }

    @AfterAll
    static void stop() {
        pharmacy.close();
    }

    @Test
    void two_refills_serve_exactly_three_fills_each_no_sooner_than_allowed_and_then_a_new_prescription_is_needed() {
        Account patient = pharmacy.customer();
        String prescription = approvedOnFile(patient, item(statin, 30, 30, 2), Map.of("deaNumber", DEA));

        String first = coveredOrder(patient, statin, 30);
        LocalDate firstFilled = today();
        pharmacy.payCashAndDispense(patient, first, pharmacistEmail);

        clock.advance(Duration.ofDays(10));
        patient = pharmacy.login(patient.email());
        String item = onlyItem(patient, prescription).path("id").asText();
        Response early = refill(patient, prescription, item);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("refill_too_soon");
        LocalDate allowedFrom = firstFilled.plusDays(23); // 75 % of a 30-day supply, rounded up
        assertThat(early.text("allowedFrom")).isEqualTo(allowedFrom.toString());
        pharmacy.addToCart(patient, statin, 30);
        Response earlyCheckout = pharmacy.checkout(patient);
        assertThat(earlyCheckout.status()).isEqualTo(409);
        assertThat(earlyCheckout.code()).isEqualTo("refill_too_soon");
        assertThat(earlyCheckout.text("allowedFrom")).isEqualTo(allowedFrom.toString());

        clock.advance(Duration.ofDays(13)); // the day the refill is allowed
        patient = pharmacy.login(patient.email());
        assertThat(today()).isEqualTo(allowedFrom);
        Response refilled = refill(patient, prescription, item);
        assertThat(refilled.status()).isEqualTo(200);
        assertThat(refilled.body().path("items").get(0).path("quantity").asInt())
                .isEqualTo(30);
        pharmacy.payCashAndDispense(patient, checkedOut(patient, "AWAITING_PAYMENT"), pharmacistEmail);

        clock.advance(Duration.ofDays(23));
        patient = pharmacy.login(patient.email());
        String third = coveredOrder(patient, statin, 30);
        pharmacy.payCashAndDispense(patient, third, pharmacistEmail);
        JsonNode exhausted = pharmacy.get("/api/v1/prescriptions/" + prescription, patient.accessToken())
                .body();
        assertThat(exhausted.path("status").asText()).isEqualTo("EXHAUSTED");
        JsonNode used = exhausted.path("transcription").path("items").get(0);
        assertThat(used.path("fillsUsed").asInt()).isEqualTo(3);
        assertThat(used.path("fillsLeft").asInt()).isZero();
        assertThat(used.path("fills")).hasSize(3);
        assertThat(used.path("fills").get(0).path("lots")).isNotEmpty();

        clock.advance(Duration.ofDays(23));
        patient = pharmacy.login(patient.email());
        assertThat(refill(patient, prescription, item).code()).isEqualTo("no_fills_left");
        pharmacy.addToCart(patient, statin, 30);
        assertThat(checkedOut(patient, "AWAITING_PRESCRIPTION")).isNotBlank();

        Account pharmacist = pharmacy.login(pharmacistEmail);
        Response history =
                pharmacy.get("/api/v1/prescriptions/" + prescription + "/dispensing-history", pharmacist.accessToken());
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body().path("fills")).hasSize(3);
        assertThat(pharmacy.scalar("SELECT count(*) FROM audit_log WHERE action = 'prescription.history_viewed'"
                        + " AND target_id = '" + prescription + "'"))
                .isEqualTo(1);
    }

    @Test
    void a_second_prescription_for_the_same_medicine_does_not_make_a_refill_early() {
        Account patient = pharmacy.customer();
        approvedOnFile(patient, item(statin, 30, 30, 2), Map.of());
        String copy = approvedOnFile(patient, item(statin, 30, 30, 2), Map.of());
        pharmacy.payCashAndDispense(patient, coveredOrder(patient, statin, 30), pharmacistEmail);

        pharmacy.addToCart(patient, statin, 30);
        Response early = pharmacy.checkout(patient);

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("refill_too_soon");
        assertThat(early.text("allowedFrom")).isEqualTo(today().plusDays(23).toString());
        assertThat(onlyItem(patient, copy).path("fillsUsed").asInt()).isZero();
    }

    @Test
    void a_cancelled_order_gives_its_fill_back() {
        Account patient = pharmacy.customer();
        String prescription = approvedOnFile(patient, item(statin, 30, 30, 0), Map.of());

        String order = coveredOrder(patient, statin, 30);
        assertThat(onlyItem(patient, prescription).path("fillsLeft").asInt()).isZero();
        assertThat(pharmacy.post("/api/v1/orders/" + order + "/cancel", patient.accessToken(), null)
                        .status())
                .isEqualTo(200);

        assertThat(onlyItem(patient, prescription).path("fillsLeft").asInt()).isEqualTo(1);
        assertThat(coveredOrder(patient, statin, 30)).isNotEqualTo(order);
    }

    @Test
    void of_sixteen_concurrent_checkouts_for_the_last_fill_exactly_one_is_covered() throws Exception {
        Account patient = pharmacy.customer();
        String prescription = approvedOnFile(patient, item(statin, 30, 30, 0), Map.of());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Response> answers = new ArrayList<>();
        try {
            List<Callable<Response>> checkouts = new ArrayList<>();
            Account buyer = patient;
            for (int i = 0; i < 16; i++) {
                checkouts.add(() -> {
                    pharmacy.addToCart(buyer, statin, 30);
                    return pharmacy.checkoutTryingAgainWhenUnavailable(buyer);
                });
            }
            for (Future<Response> answer : pool.invokeAll(checkouts)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(answers)
                .as("placed, or refused for an empty cart")
                .allSatisfy(a -> assertThat(a.status() == 201 || "cart_empty".equals(a.code()))
                        .as(a.status() + " " + a.body())
                        .isTrue());
        assertThat(answers.stream().filter(a -> "AWAITING_PAYMENT".equals(a.text("status"))))
                .hasSize(1);
        assertThat(onlyItem(patient, prescription).path("fillsUsed").asInt()).isEqualTo(1);
        assertThat(pharmacy.scalar("SELECT count(*) FROM prescription_fills f JOIN prescription_items i"
                        + " ON i.id = f.item_id WHERE i.prescription_id = '" + prescription
                        + "' AND f.released_at IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void the_controlled_substance_rules_refuse_a_transcription_and_a_late_fill() {
        Account patient = pharmacy.customer();
        String upload = uploadOnFile(patient);
        Account pharmacist = pharmacy.login(pharmacistEmail);

        Response malformed = pharmacy.post(
                "/api/v1/prescriptions/" + upload + "/approve",
                pharmacist.accessToken(),
                Map.of(
                        "transcription",
                        Map.of(
                                "prescriber",
                                Map.of("name", "Dr Jane Brown", "registrationNumber", "MD-1", "deaNumber", "AB1234560"),
                                "items",
                                List.of())));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder(
                        "transcription.prescriber.deaNumber", "transcription.writtenOn", "transcription.items");
        Response refillable = approve(pharmacist, upload, item(oxycodone, 20, 10, 1), Map.of("deaNumber", DEA));
        assertThat(refillable.status()).isEqualTo(422);
        assertThat(refillable.code()).isEqualTo("schedule_ii_not_refillable");
        Response withoutDea = approve(pharmacist, upload, item(oxycodone, 20, 10, 0), Map.of());
        assertThat(withoutDea.status()).isEqualTo(422);
        assertThat(withoutDea.code()).isEqualTo("dea_number_required");
        assertThat(pharmacy.get("/api/v1/prescriptions/" + upload, patient.accessToken())
                        .text("status"))
                .isEqualTo("PENDING_REVIEW");

        Response controlled = approve(pharmacist, upload, item(tramadol, 30, 30, 5), Map.of("deaNumber", DEA));
        assertThat(controlled.status()).isEqualTo(200);
        assertThat(controlled.text("validUntil"))
                .isEqualTo(today().plusMonths(6).toString());

        clock.advance(Duration.ofDays(214)); // seven months after writing
        patient = pharmacy.login(patient.email());
        String item = controlled
                .body()
                .path("transcription")
                .path("items")
                .get(0)
                .path("id")
                .asText();
        assertThat(refill(patient, upload, item).code()).isEqualTo("no_fills_left");
        pharmacy.addToCart(patient, tramadol, 30);
        assertThat(checkedOut(patient, "AWAITING_PRESCRIPTION")).isNotBlank();
    }

    @Test
    void an_approval_without_a_transcription_still_covers_the_order_it_was_uploaded_with() {
        Account patient = pharmacy.customer();
        pharmacy.addToCart(patient, statin, 2);
        String order = checkedOut(patient, "AWAITING_PRESCRIPTION");
        String upload = pharmacy.upload(patient.accessToken(), order, "script.pdf", "application/pdf", PDF)
                .text("id");
        Account pharmacist = pharmacy.login(pharmacistEmail);

        Response approved =
                pharmacy.post("/api/v1/prescriptions/" + upload + "/approve", pharmacist.accessToken(), null);

        assertThat(approved.status()).isEqualTo(200);
        JsonNode items = approved.body().path("transcription").path("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).path("refillsAuthorised").asInt()).isZero();
        assertThat(items.get(0).path("quantityPerFill").asInt()).isEqualTo(2);
        assertThat(pharmacy.get("/api/v1/orders/" + order, patient.accessToken())
                        .text("status"))
                .isEqualTo("AWAITING_PAYMENT");
    }

    private static String medicine(String category, String name, String schedule) {
        String product = pharmacy.product(category, name, 900, true);
        if (schedule != null) {
            Response scheduled = pharmacy.patch(
                    "/api/v1/products/" + product, pharmacy.admin().accessToken(), Map.of("schedule", schedule));
            assertThat(scheduled.status()).isEqualTo(200);
        }
        pharmacy.receive(product, "LOT-" + name.substring(0, 4).toUpperCase(java.util.Locale.ROOT), 800, 800);
        return product;
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Map<String, Object> item(String product, int quantity, int daysSupply, int refills) {
        return Map.of(
                "productId",
                product,
                "quantity",
                quantity,
                "directions",
                "One tablet at night",
                "daysSupply",
                daysSupply,
                "refills",
                refills);
    }

    private static String uploadOnFile(Account patient) {
        Response uploaded = pharmacy.uploadTo(
                "/api/v1/prescriptions", patient.accessToken(), Map.of(), "script.pdf", "application/pdf", PDF);
        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.body().path("orderId").isNull()).isTrue();
        return uploaded.text("id");
    }

    private static Response approve(
            Account pharmacist, String prescription, Map<String, Object> item, Map<String, Object> prescriber) {
        Map<String, Object> who = new HashMap<>(Map.of("name", "Dr Jane Brown", "registrationNumber", "MD-445566"));
        who.putAll(prescriber);
        return pharmacy.post(
                "/api/v1/prescriptions/" + prescription + "/approve",
                pharmacist.accessToken(),
                Map.of(
                        "transcription",
                        Map.of("prescriber", who, "writtenOn", today().toString(), "items", List.of(item))));
    }

    private static String approvedOnFile(Account patient, Map<String, Object> item, Map<String, Object> prescriber) {
        String upload = uploadOnFile(patient);
        Response approved = approve(pharmacy.login(pharmacistEmail), upload, item, prescriber);
        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("APPROVED");
        return upload;
    }

    private static JsonNode onlyItem(Account patient, String prescription) {
        Response read = pharmacy.get("/api/v1/prescriptions/" + prescription, patient.accessToken());
        assertThat(read.status()).isEqualTo(200);
        JsonNode items = read.body().path("transcription").path("items");
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static Response refill(Account patient, String prescription, String item) {
        return pharmacy.post(
                "/api/v1/prescriptions/" + prescription + "/items/" + item + "/refill", patient.accessToken(), null);
    }

    /** Puts the medicine in the cart and checks out; the order must wait only for payment. */
    private static String coveredOrder(Account patient, String product, int quantity) {
        pharmacy.addToCart(patient, product, quantity);
        return checkedOut(patient, "AWAITING_PAYMENT");
    }

    private static String checkedOut(Account patient, String expectedStatus) {
        Response placed = pharmacy.checkout(patient);
        assertThat(placed.status()).as(placed.body().toString()).isEqualTo(201);
        assertThat(placed.text("status")).isEqualTo(expectedStatus);
        return placed.text("id");
    }
}
