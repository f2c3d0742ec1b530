package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import io.apotheca.domain.catalog.ProductCode;
import io.apotheca.fhir.FhirValidation;
import io.apotheca.fhir.SampleMessages;
import io.apotheca.fhir.SampleMessages.Medicine;
import io.apotheca.testsupport.PostgresExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * FHIR R4 over HTTP on PostgreSQL: an electronic prescription sent by a prescriber's system (an API
 * client with the client-credentials grant), verified by a pharmacist, filled twice, and exported
 * again naming the same medicine, quantities, refills left and lots; the refusals; who may read a
 * record. Every FHIR body the server answers is validated against base R4 with HAPI's validator.
 */
class FhirApiIT {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @TempDir
    static Path dataDir;

    private static final String FHIR = "application/fhir+json";
    private static final String RXNORM_CODE = "617312";
    private static final MovableClock clock = new MovableClock();

    private static TestPharmacy pharmacy;
    private static String statin;
    private static String pharmacistEmail;
    private static String clientId;
    private static String clientSecret;

    @BeforeAll
    static void start() {
        pharmacy = TestPharmacy.start(postgres.database(), dataDir, Map.of(), clock);
        String category = pharmacy.category("fhir");
        statin = pharmacy.product(category, "Atorvastatin 20 mg", 1200, true);
        Response coded = pharmacy.send(
                "PUT",
                "/api/v1/products/" + statin + "/codes",
                pharmacy.admin().accessToken(),
                Map.of(
                        "codes",
                        List.of(
                                Map.of("system", ProductCode.RXNORM, "code", RXNORM_CODE),
                                Map.of("system", ProductCode.NDC, "code", "0071-0155-23"))));
        assertThat(coded.status()).as(coded.body().toString()).isEqualTo(200);
        // the earlier lot is taken first (FEFO): 10 units of it, then the later one
        pharmacy.receive(statin, "L-EARLY", 200, 10);
        pharmacy.receive(statin, "L-LATE", 400, 100);
        pharmacistEmail = pharmacy.pharmacist(true).email();
        Response registered = pharmacy.post(
                "/api/v1/admin/api-clients", pharmacy.admin().accessToken(), Map.of("name", "Riverside Practice EHR"));
        assertThat(registered.status()).isEqualTo(201);
        clientId = registered.text("id");
        clientSecret = registered.text("clientSecret");
    }

    @AfterAll
    static void stop() {
        pharmacy.close();
    }

    @Test
    void a_prescription_received_as_fhir_verified_and_filled_twice_is_exported_with_the_same_medicine_and_lots() {
        Account patient = pharmacy.customer();
        Response received = send(clientToken(), message(UUID.randomUUID().toString(), patient, 8, 7, 2));
        assertThat(received.status()).as(received.body().toString()).isEqualTo(200);
        assertThat(received.text("type")).isEqualTo("transaction-response");
        JsonNode created = received.body().path("entry").get(2).path("response");
        assertThat(created.path("status").asText()).isEqualTo("201 Created");
        String requestId = created.path("location").asText().replace("MedicationRequest/", "");

        JsonNode pending = onlyEntry(fhir("/fhir/r4/MedicationRequest?patient=" + patient.id(), patient));
        assertThat(pending.path("id").asText()).isEqualTo(requestId);
        assertThat(pending.path("status").asText()).isEqualTo("draft");
        String prescription = pending.path("groupIdentifier").path("value").asText();

        Account pharmacist = pharmacy.login(pharmacistEmail);
        Response queued = pharmacy.get("/api/v1/prescriptions/" + prescription, pharmacist.accessToken());
        assertThat(queued.text("status")).isEqualTo("PENDING_REVIEW");
        Response approved =
                pharmacy.post("/api/v1/prescriptions/" + prescription + "/approve", pharmacist.accessToken(), null);
        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
        JsonNode transcription = approved.body().path("transcription");
        assertThat(transcription.path("prescriber").path("name").asText()).isEqualTo("Jane Brown");
        assertThat(transcription.path("prescriber").path("deaNumber").asText()).isEqualTo("AB1234563");
        assertThat(transcription.path("items").get(0).path("id").asText()).isEqualTo(requestId);

        pharmacy.payCashAndDispense(patient, coveredOrder(patient), pharmacistEmail);
        clock.advance(Duration.ofDays(6)); // 75 % of a 7-day supply has passed
        patient = pharmacy.login(patient.email());
        pharmacy.payCashAndDispense(patient, coveredOrder(patient), pharmacistEmail);

        JsonNode request = onlyEntry(fhir("/fhir/r4/MedicationRequest?patient=Patient/" + patient.id(), patient));
        assertThat(request.path("id").asText()).isEqualTo(requestId);
        assertThat(request.path("status").asText()).isEqualTo("active");
        assertThat(request.path("medicationCodeableConcept")
                        .path("coding")
                        .get(0)
                        .path("code")
                        .asText())
                .isEqualTo(RXNORM_CODE);
        assertThat(request.path("medicationCodeableConcept").path("text").asText())
                .isEqualTo("Atorvastatin 20 mg");
        JsonNode dispenseRequest = request.path("dispenseRequest");
        assertThat(dispenseRequest.path("quantity").path("value").asInt()).isEqualTo(8);
        assertThat(dispenseRequest.path("expectedSupplyDuration").path("value").asInt())
                .isEqualTo(7);
        assertThat(dispenseRequest.path("numberOfRepeatsAllowed").asInt()).isEqualTo(2);
        assertThat(dispenseRequest
                        .path("extension")
                        .get(0)
                        .path("valueUnsignedInt")
                        .asInt())
                .as("two of three fills taken: one refill left")
                .isEqualTo(1);

        Response dispenses = fhir("/fhir/r4/MedicationDispense?patient=" + patient.id(), patient);
        List<String> lots = new ArrayList<>();
        for (JsonNode entry : dispenses.body().path("entry")) {
            JsonNode dispense = entry.path("resource");
            JsonNode medication = dispense.path("contained").get(0);
            assertThat(medication
                            .path("code")
                            .path("coding")
                            .get(0)
                            .path("code")
                            .asText())
                    .isEqualTo(RXNORM_CODE);
            assertThat(dispense.path("authorizingPrescription")
                            .get(0)
                            .path("reference")
                            .asText())
                    .isEqualTo("MedicationRequest/" + requestId);
            assertThat(dispense.path("contained").toString()).contains("Paul Pharmacist");
            lots.add(medication.path("batch").path("lotNumber").asText() + "×"
                    + dispense.path("quantity").path("value").asInt());
        }
        assertThat(lots).containsExactly("L-EARLY×8", "L-EARLY×2", "L-LATE×6");

        Set<String> everything = everything(patient, 2);
        assertThat(everything).hasSize(5).contains("Patient/" + patient.id(), "MedicationRequest/" + requestId);
        assertThat(pharmacy.scalar("SELECT count(*) FROM audit_log WHERE action = 'medication_record.read'"
                        + " AND target_id = '" + patient.id() + "'"))
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void a_message_that_cannot_be_kept_as_it_is_is_refused_and_nothing_is_kept() {
        Account patient = pharmacy.customer();
        String token = clientToken();

        Response invalid = send(token, "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"colour\":\"red\"}");
        assertOutcome(invalid, 422, "invalid_resource");
        assertOutcome(send(token, message(UUID.randomUUID().toString(), patient, 0, 7, 2)), 422, "validation_failed");
        Account stranger = new Account(UUID.randomUUID().toString(), patient.email(), null, null);
        assertOutcome(send(token, message(UUID.randomUUID().toString(), stranger, 8, 7, 0)), 422, "unknown_patient");
        Account wrongEmail = new Account(patient.id(), "someone.else@apotheca.test", null, null);
        assertOutcome(send(token, message(UUID.randomUUID().toString(), wrongEmail, 8, 7, 0)), 422, "unknown_patient");
        String unknownCode = SampleMessages.json(SampleMessages.prescription(
                UUID.randomUUID().toString(),
                patient.id(),
                patient.email(),
                today(),
                null,
                List.of(new Medicine(ProductCode.RXNORM, "999999", 8, 7, 0))));
        assertOutcome(send(token, unknownCode), 422, "unknown_medicine");
        assertOutcome(
                send(patient.accessToken(), message(UUID.randomUUID().toString(), patient, 8, 7, 0)), 403, "forbidden");
        assertOutcome(send(null, message(UUID.randomUUID().toString(), patient, 8, 7, 0)), 401, "unauthenticated");

        assertThat(prescriptionsOf(patient)).isZero();
    }

    @Test
    void a_message_sent_again_is_kept_once_and_its_identifier_is_no_other_clients() {
        Account patient = pharmacy.customer();
        String message = message("replayed-" + UUID.randomUUID(), patient, 8, 7, 1);
        Response first = send(clientToken(), message);
        Response again = send(clientToken(), message);

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        JsonNode replayed = again.body().path("entry").get(2).path("response");
        assertThat(replayed.path("status").asText()).isEqualTo("200 OK");
        assertThat(replayed.path("location").asText())
                .isEqualTo(first.body()
                        .path("entry")
                        .get(2)
                        .path("response")
                        .path("location")
                        .asText());
        assertThat(prescriptionsOf(patient)).isEqualTo(1);

        Response other = pharmacy.post(
                "/api/v1/admin/api-clients", pharmacy.admin().accessToken(), Map.of("name", "Another practice"));
        String otherToken = token(other.text("id"), other.text("clientSecret")).text("access_token");
        assertOutcome(send(otherToken, message), 409, "message_identifier_taken");
        assertThat(prescriptionsOf(patient)).isEqualTo(1);
    }

    @Test
    void a_pharmacist_may_correct_what_was_sent_and_the_record_shows_the_correction() {
        Account patient = pharmacy.customer();
        Response received = send(clientToken(), message(UUID.randomUUID().toString(), patient, 8, 7, 2));
        String sentItem = received.body()
                .path("entry")
                .get(2)
                .path("response")
                .path("location")
                .asText();
        String prescription = onlyEntry(fhir("/fhir/r4/MedicationRequest?patient=" + patient.id(), patient))
                .path("groupIdentifier")
                .path("value")
                .asText();

        Response corrected = pharmacy.post(
                "/api/v1/prescriptions/" + prescription + "/approve",
                pharmacy.login(pharmacistEmail).accessToken(),
                Map.of(
                        "transcription",
                        Map.of(
                                "prescriber",
                                Map.of("name", "Dr Jane Brown", "registrationNumber", "1234567893"),
                                "writtenOn",
                                today(),
                                "items",
                                List.of(Map.of(
                                        "productId",
                                        statin,
                                        "quantity",
                                        4,
                                        "directions",
                                        "Half the dose sent: confirmed with the prescriber",
                                        "daysSupply",
                                        7,
                                        "refills",
                                        0)))));
        assertThat(corrected.status()).as(corrected.body().toString()).isEqualTo(200);

        JsonNode request = onlyEntry(fhir("/fhir/r4/MedicationRequest?patient=" + patient.id(), patient));
        assertThat("MedicationRequest/" + request.path("id").asText()).isNotEqualTo(sentItem);
        assertThat(request.path("dispenseRequest")
                        .path("quantity")
                        .path("value")
                        .asInt())
                .isEqualTo(4);
        assertThat(request.path("dispenseRequest")
                        .path("numberOfRepeatsAllowed")
                        .asInt())
                .isZero();
        assertThat(pharmacy.scalar(
                        "SELECT count(*) FROM prescription_items WHERE prescription_id = '" + prescription + "'"))
                .isEqualTo(1);
    }

    @Test
    void eight_deliveries_of_one_message_at_once_keep_one_prescription() throws Exception {
        Account patient = pharmacy.customer();
        String message = message("concurrent-" + UUID.randomUUID(), patient, 8, 7, 0);
        String token = clientToken();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sent.add(senders.submit(() -> send(token, message)));
            }
            List<String> statuses = new ArrayList<>();
            Set<String> locations = new HashSet<>();
            for (Future<Response> response : sent) {
                Response answer = response.get(60, TimeUnit.SECONDS);
                assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
                JsonNode created = answer.body().path("entry").get(2).path("response");
                statuses.add(created.path("status").asText());
                locations.add(created.path("location").asText());
            }
            assertThat(statuses)
                    .containsOnlyOnce("201 Created")
                    .filteredOn("200 OK"::equals)
                    .hasSize(7);
            assertThat(locations).hasSize(1);
        } finally {
            senders.shutdownNow();
        }
        assertThat(prescriptionsOf(patient)).isEqualTo(1);
    }

    @Test
    void a_record_is_its_patients_and_the_pharmacys_staffs_alone() {
        Account patient = pharmacy.customer();
        Account other = pharmacy.customer();
        String path = "/fhir/r4/Patient/" + patient.id();

        Response own = fhir(path, patient);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body().path("identifier").get(0).path("value").asText()).isEqualTo(patient.id());
        assertThat(own.body().path("telecom").get(0).path("value").asText()).isEqualTo(patient.email());
        assertThat(fhir(path, pharmacy.login(pharmacistEmail)).status()).isEqualTo(200);
        assertThat(fhir(path, pharmacy.admin()).status()).isEqualTo(200);

        assertOutcome(fhir(path, other), 404, "not_found");
        assertOutcome(fhir("/fhir/r4/MedicationDispense?patient=" + patient.id(), other), 404, "not_found");
        assertOutcome(fhir("/fhir/r4/Patient/" + patient.id() + "/$everything", other), 404, "not_found");
        assertOutcome(fhir(path, pharmacy.pharmacist(false)), 403, "forbidden");
        assertOutcome(fhirWith(path, clientToken()), 403, "forbidden");
        assertOutcome(fhirWith(path, null), 401, "unauthenticated");
        assertOutcome(fhirWith(path, "not-a-token"), 401, "invalid_token");
        assertOutcome(fhir("/fhir/r4/Patient/" + UUID.randomUUID(), pharmacy.admin()), 404, "not_found");
        assertOutcome(fhir("/fhir/r4/MedicationRequest", pharmacy.admin()), 400, "invalid_search");
        assertOutcome(fhirWith("/fhir/r4/Observation", null), 404, "not_found");
    }

    @Test
    void the_capability_statement_lists_what_is_served_and_a_revoked_client_is_shut_out() {
        Response metadata = fhirWith("/fhir/r4/metadata", null);
        assertThat(metadata.status()).isEqualTo(200);
        List<String> types = new ArrayList<>();
        metadata.body()
                .path("rest")
                .get(0)
                .path("resource")
                .forEach(r -> types.add(r.path("type").asText()));
        assertThat(types).containsExactly("Patient", "MedicationRequest", "MedicationDispense", "Bundle");

        Response registered = pharmacy.post(
                "/api/v1/admin/api-clients", pharmacy.admin().accessToken(), Map.of("name", "Soon revoked"));
        String token =
                token(registered.text("id"), registered.text("clientSecret")).text("access_token");
        Response wrong = token(registered.text("id"), "wrong");
        assertThat(wrong.code()).isEqualTo("invalid_client");
        assertThat(wrong.text("error")).as("as OAuth 2.0 clients read it").isEqualTo("invalid_client");
        assertThat(wrong.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
        assertThat(pharmacy.send(
                                "DELETE",
                                "/api/v1/admin/api-clients/" + registered.text("id"),
                                pharmacy.admin().accessToken(),
                                null)
                        .status())
                .isEqualTo(204);
        assertOutcome(send(token, "{}"), 401, "invalid_token");
        assertThat(token(registered.text("id"), registered.text("clientSecret")).code())
                .isEqualTo("invalid_client");
        assertThat(pharmacy.scalar("SELECT count(*) FROM audit_log WHERE action = 'api_client.revoked'"
                        + " AND target_id = '" + registered.text("id") + "'"))
                .isEqualTo(1);
    }

    @Test
    void a_code_names_one_product_and_is_read_by_anyone() {
        String other = pharmacy.product(pharmacy.category("fhir-other"), "Simvastatin 20 mg", 900, true);
        Response taken = pharmacy.send(
                "PUT",
                "/api/v1/products/" + other + "/codes",
                pharmacy.admin().accessToken(),
                Map.of("codes", List.of(Map.of("system", ProductCode.RXNORM, "code", RXNORM_CODE))));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("code_taken");
        assertThat(taken.text("productId")).isEqualTo(statin);
        Response invalid = pharmacy.send(
                "PUT",
                "/api/v1/products/" + other + "/codes",
                pharmacy.admin().accessToken(),
                Map.of("codes", List.of(Map.of("system", "rxnorm", "code", "1"))));
        assertThat(invalid.code()).isEqualTo("validation_failed");
        Response read = pharmacy.get("/api/v1/products/" + statin + "/codes", null);
        assertThat(read.body().path("codes")).hasSize(2);
        assertThat(read.body().path("codes").get(0).path("code").asText()).isEqualTo(RXNORM_CODE);
    }

    /** Reads every page of the patient's $everything by following its next links; returns Type/id of each entry. */
    private static Set<String> everything(Account patient, int count) {
        Set<String> seen = new HashSet<>();
        String next = "/fhir/r4/Patient/" + patient.id() + "/$everything?_count=" + count;
        int pages = 0;
        while (next != null) {
            Response page = fhir(next, patient);
            assertThat(page.body().path("total").asInt()).isEqualTo(5);
            page.body()
                    .path("entry")
                    .forEach(e -> assertThat(seen.add(
                                    e.path("resource").path("resourceType").asText() + "/"
                                            + e.path("resource").path("id").asText()))
                            .isTrue());
            next = null;
            for (JsonNode link : page.body().path("link")) {
                if (link.path("relation").asText().equals("next")) {
                    next = link.path("url").asText().replaceFirst("^https?://[^/]+", "");
                }
            }
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        return seen;
    }

    private static String message(String identifier, Account patient, int quantity, int days, int refills) {
        return SampleMessages.json(SampleMessages.prescription(
                identifier,
                patient.id(),
                patient.email(),
                today(),
                "AB1234563",
                List.of(new Medicine(ProductCode.RXNORM, RXNORM_CODE, quantity, days, refills))));
    }

    private static Response send(String token, String bundle) {
        Response response = token == null
                ? pharmacy.sendAs("POST", "/fhir/r4/Bundle", FHIR, bundle)
                : pharmacy.sendAs("POST", "/fhir/r4/Bundle", FHIR, bundle, "Authorization", "Bearer " + token);
        return valid(response);
    }

    private static Response fhir(String path, Account reader) {
        return fhirWith(path, reader.accessToken());
    }

    private static Response fhirWith(String path, String token) {
        return valid(pharmacy.get(path, token));
    }

    /** Every FHIR answer validates against base R4, errors included. */
    private static Response valid(Response response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(FHIR));
        assertThat(FhirValidation.errors(response.body().toString()))
                .as(response.body().toString())
                .isEmpty();
        return response;
    }

    private static void assertOutcome(Response response, int status, String code) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.text("resourceType")).isEqualTo("OperationOutcome");
        assertThat(response.body()
                        .path("issue")
                        .get(0)
                        .path("details")
                        .path("coding")
                        .get(0)
                        .path("code")
                        .asText())
                .isEqualTo(code);
    }

    private static JsonNode onlyEntry(Response bundle) {
        assertThat(bundle.status()).as(bundle.body().toString()).isEqualTo(200);
        assertThat(bundle.body().path("entry")).hasSize(1);
        return bundle.body().path("entry").get(0).path("resource");
    }

    private static String clientToken() {
        Response token = token(clientId, clientSecret);
        assertThat(token.status()).as(token.body().toString()).isEqualTo(200);
        assertThat(token.text("token_type")).isEqualTo("Bearer");
        return token.text("access_token");
    }

    private static Response token(String id, String secret) {
        return pharmacy.sendAs(
                "POST",
                "/api/v1/auth/token",
                "application/x-www-form-urlencoded",
                "grant_type=client_credentials&client_id=" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                        + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8));
    }

    private static long prescriptionsOf(Account patient) {
        return pharmacy.scalar("SELECT count(*) FROM prescriptions WHERE customer_id = '" + patient.id() + "'");
    }

    private static String coveredOrder(Account patient) {
        pharmacy.addToCart(patient, statin, 8);
        Response placed = pharmacy.checkout(patient);
        assertThat(placed.status()).as(placed.body().toString()).isEqualTo(201);
        assertThat(placed.text("status")).isEqualTo("AWAITING_PAYMENT");
        return placed.text("id");
    }

    private static String today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
    }
}
