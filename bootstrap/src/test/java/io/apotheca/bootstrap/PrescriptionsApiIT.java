package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Download;
import io.apotheca.bootstrap.TestPharmacy.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Prescription upload, review and download over HTTP, against PostgreSQL and the data folder. */
class PrescriptionsApiIT {

    @RegisterExtension
    static final RunningPharmacy running = new RunningPharmacy();

    private static final byte[] PDF =
            "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'};

    private static TestPharmacy pharmacy;
    private static String category;
    private static Account patient;
    private static Account pharmacist;
    private static Account colleague;

    @BeforeAll
    static void start() {
        category = pharmacy.category("antibiotics");
        pharmacist = pharmacy.pharmacist(true);
        colleague = pharmacy.pharmacist(true);
    }

    /**
     * A pharmacist who is also the patient may not review their own prescription. No route lets one
     * account be both (pharmacists register apart, and only customers order), so the fixture makes
     * the pharmacist the prescription's patient in the database, as other fixtures verify e-mails.
     */
    @Test
    void a_pharmacist_may_not_review_their_own_prescription() {
        String order = pharmacy.rxOrder(patient, category);
        String prescription = pharmacy.upload(patient.accessToken(), order, "script.pdf", "application/pdf", PDF)
                .text("id");
        pharmacy.execute(
                "UPDATE prescriptions SET customer_id = '" + pharmacist.id() + "' WHERE id = '" + prescription + "'");

        Response claimed =
                pharmacy.post("/api/v1/prescriptions/" + prescription + "/claim", pharmacist.accessToken(), null);
        Response approved =
                pharmacy.post("/api/v1/prescriptions/" + prescription + "/approve", pharmacist.accessToken(), null);

        assertThat(claimed.status()).isEqualTo(403);
        assertThat(approved.status()).isEqualTo(403);
        assertThat(approved.code()).isEqualTo("forbidden");
        assertThat(pharmacy.get("/api/v1/prescriptions/" + prescription, colleague.accessToken())
                        .text("status"))
                .isEqualTo("PENDING_REVIEW");
        assertThat(pharmacy.get("/api/v1/orders/" + order, patient.accessToken())
                        .text("status"))
                .isEqualTo("AWAITING_PRESCRIPTION");
    }

    @Test
    void a_pdf_for_an_order_awaiting_its_prescription_is_queued_for_review() {
        String order = pharmacy.rxOrder(patient, category);

        Response uploaded = pharmacy.upload(patient.accessToken(), order, "script.pdf", "application/pdf", PDF);

        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.text("status")).isEqualTo("PENDING_REVIEW");
        assertThat(uploaded.text("orderId")).isEqualTo(order);
        assertThat(uploaded.body().path("document").path("contentType").asText())
                .isEqualTo("application/pdf");
        assertThat(pharmacy.get("/api/v1/orders/" + order, patient.accessToken())
                        .body()
                        .path("prescriptionIds")
                        .get(0)
                        .asText())
                .isEqualTo(uploaded.text("id"));
    }

    /** A patient of their own for each test: at most five of one patient's uploads wait for review. */
    @BeforeEach
    void newPatient() {
        patient = pharmacy.customer();
    }

    @Test
    void of_eight_simultaneous_uploads_for_eight_orders_of_one_patient_exactly_five_wait_for_review() throws Exception {
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            orders.add(pharmacy.rxOrder(patient, category));
        }
        ExecutorService pool = Executors.newFixedThreadPool(orders.size());
        List<Response> answers = new ArrayList<>();
        try {
            List<Callable<Response>> uploads = new ArrayList<>();
            for (String order : orders) {
                uploads.add(() -> pharmacy.upload(patient.accessToken(), order, "script.pdf", "application/pdf", PDF));
            }
            for (Future<Response> answer : pool.invokeAll(uploads)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers.stream()
                        .filter(a -> a.status() != 201 && !"too_many_pending_uploads".equals(a.code()))
                        .map(a -> a.status() + " " + a.body()))
                .as("answers other than queued or too many")
                .isEmpty();
        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(5);
        assertThat(answers).filteredOn(a -> a.status() == 409).hasSize(3);
        assertThat(pharmacy.scalar("SELECT count(*) FROM prescriptions WHERE customer_id = '" + patient.id()
                        + "' AND status = 'PENDING_REVIEW'"))
                .isEqualTo(5);
    }

    @Test
    void three_uploads_of_one_order_may_wait_for_review_and_a_fourth_waits_for_a_decision() {
        String order = pharmacy.rxOrder(patient, category);
        String first = uploadPdf(order);
        uploadPdf(order);
        uploadPdf(order);

        Response fourth = pharmacy.upload(patient.accessToken(), order, "again.pdf", "application/pdf", PDF);
        Response rejected = pharmacy.post(reject(first), pharmacist.accessToken(), Map.of("reason", "unreadable"));
        Response afterADecision = pharmacy.upload(patient.accessToken(), order, "again.pdf", "application/pdf", PDF);

        assertThat(fourth.status()).isEqualTo(409);
        assertThat(fourth.code()).isEqualTo("too_many_pending_uploads");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(afterADecision.status()).isEqualTo(201);
        assertThat(pharmacy.scalar("SELECT count(*) FROM prescriptions WHERE order_id = '" + order
                        + "' AND status = 'PENDING_REVIEW'"))
                .isEqualTo(3);
    }

    @Test
    void text_disguised_as_a_pdf_is_refused_with_415() {
        String order = pharmacy.rxOrder(patient, category);
        byte[] text = "Rx: amoxicillin 500 mg, signed Dr. Nobody".getBytes(StandardCharsets.UTF_8);

        Response refused = pharmacy.upload(patient.accessToken(), order, "script.pdf", "application/pdf", text);

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.code()).isEqualTo("unsupported_media_type");
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(prescriptionsOf(order)).isZero();
    }

    @Test
    void a_declared_type_or_name_that_contradicts_the_content_is_refused_with_415() {
        String order = pharmacy.rxOrder(patient, category);

        assertThat(pharmacy.upload(patient.accessToken(), order, "scan.pdf", "image/png", PNG)
                        .status())
                .isEqualTo(415);
        assertThat(pharmacy.upload(patient.accessToken(), order, "script.png", "application/pdf", PDF)
                        .status())
                .isEqualTo(415);
        assertThat(pharmacy.upload(patient.accessToken(), order, "scan.png", "image/png", PNG)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void a_file_of_ten_megabytes_and_one_byte_is_refused_with_413() {
        String order = pharmacy.rxOrder(patient, category);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        Response refused = pharmacy.upload(patient.accessToken(), order, "big.pdf", "application/pdf", big);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.code()).isEqualTo("payload_too_large");
        assertThat(prescriptionsOf(order)).isZero();
    }

    @Test
    void a_file_of_exactly_ten_megabytes_is_taken() {
        String order = pharmacy.rxOrder(patient, category);
        byte[] limit = new byte[10 * 1024 * 1024];
        System.arraycopy(PDF, 0, limit, 0, PDF.length);

        Response uploaded = pharmacy.upload(patient.accessToken(), order, "limit.pdf", "application/pdf", limit);

        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.body().path("document").path("size").asLong()).isEqualTo(limit.length);
    }

    @Test
    void another_customers_order_is_not_found() {
        String order = pharmacy.rxOrder(patient, category);
        Account stranger = pharmacy.customer();

        Response refused = pharmacy.upload(stranger.accessToken(), order, "script.pdf", "application/pdf", PDF);

        assertThat(refused.status()).isEqualTo(404);
        assertThat(prescriptionsOf(order)).isZero();
    }

    @Test
    void an_order_not_awaiting_a_prescription_is_a_conflict() {
        String otc = pharmacy.product(category, "Paracetamol 500 mg", 499, false);
        pharmacy.receive(otc, "OTC-1", 400, 10);
        pharmacy.addToCart(patient, otc, 1);
        String order = pharmacy.checkout(patient).text("id");

        Response refused = pharmacy.upload(patient.accessToken(), order, "script.pdf", "application/pdf", PDF);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("invalid_transition");
    }

    @Test
    void a_request_that_is_not_a_multipart_form_is_refused_with_415() {
        Response refused = pharmacy.post("/api/v1/prescriptions", patient.accessToken(), Map.of("orderId", "x"));

        assertThat(refused.status()).isEqualTo(415);
    }

    @Test
    void only_a_verified_pharmacist_approves_and_approval_makes_the_order_payable() {
        String order = pharmacy.rxOrder(patient, category);
        String id = uploadPdf(order);
        Instant holdBefore = Instant.parse(
                pharmacy.get("/api/v1/orders/" + order, patient.accessToken()).text("holdExpiresAt"));

        for (Account refused : List.of(pharmacy.pharmacist(false), patient, pharmacy.admin())) {
            Response attempt = pharmacy.post(approve(id), refused.accessToken(), Map.of());
            assertThat(attempt.status()).as(refused.email()).isEqualTo(403);
        }
        Response approved = pharmacy.post(approve(id), pharmacist.accessToken(), Map.of("notes", "dose checked"));

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("APPROVED");
        assertThat(approved.text("reviewedBy")).isEqualTo(pharmacist.id());
        assertThat(approved.text("validUntil")).isNotBlank();
        Response after = pharmacy.get("/api/v1/orders/" + order, patient.accessToken());
        assertThat(after.text("status")).isEqualTo("AWAITING_PAYMENT");
        assertThat(Instant.parse(after.text("holdExpiresAt"))).isBefore(holdBefore); // 30 min, not 3 days
    }

    @Test
    void a_decision_is_final() {
        String id = uploadPdf(pharmacy.rxOrder(patient, category));
        assertThat(pharmacy.post(approve(id), pharmacist.accessToken(), Map.of())
                        .status())
                .isEqualTo(200);

        Response again = pharmacy.post(reject(id), colleague.accessToken(), Map.of("reason", "second opinion"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("invalid_transition");
        assertThat(pharmacy.post(approve(id), pharmacist.accessToken(), Map.of())
                        .status())
                .isEqualTo(409);
    }

    @Test
    void a_rejection_needs_a_reason_and_the_patient_may_upload_again() {
        String order = pharmacy.rxOrder(patient, category);
        String id = uploadPdf(order);

        Response noReason = pharmacy.post(reject(id), pharmacist.accessToken(), Map.of());
        Response rejected = pharmacy.post(reject(id), pharmacist.accessToken(), Map.of("reason", "unsigned"));

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.code()).isEqualTo("validation_failed");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.text("rejectionReason")).isEqualTo("unsigned");
        assertThat(pharmacy.get("/api/v1/orders/" + order, patient.accessToken())
                        .text("status"))
                .isEqualTo("AWAITING_PRESCRIPTION");
        String second = uploadPdf(order);
        assertThat(pharmacy.post(approve(second), colleague.accessToken(), Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(pharmacy.get("/api/v1/orders/" + order, patient.accessToken())
                        .text("status"))
                .isEqualTo("AWAITING_PAYMENT");
    }

    @Test
    void a_colleagues_claim_makes_decisions_a_conflict() {
        String id = uploadPdf(pharmacy.rxOrder(patient, category));

        Response claimed = pharmacy.post("/api/v1/prescriptions/" + id + "/claim", pharmacist.accessToken(), null);
        Response blocked = pharmacy.post(approve(id), colleague.accessToken(), Map.of());

        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimed.text("claimedBy")).isEqualTo(pharmacist.id());
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.code()).isEqualTo("prescription_claimed");
        assertThat(pharmacy.post(approve(id), pharmacist.accessToken(), Map.of())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void the_document_is_streamed_to_the_owner_and_pharmacists_and_hidden_from_everyone_else() {
        String id = uploadPdf(pharmacy.rxOrder(patient, category));
        String path = "/api/v1/prescriptions/" + id + "/document";

        for (Account reader : List.of(patient, pharmacist, pharmacy.admin())) {
            Download document = pharmacy.download(path, reader.accessToken());
            assertThat(document.status()).as(reader.email()).isEqualTo(200);
            assertThat(document.body()).isEqualTo(PDF);
            assertThat(document.headers().firstValue("Content-Type")).contains("application/pdf");
            assertThat(document.headers().firstValue("Content-Disposition"))
                    .contains("attachment; filename=\"prescription-" + id + ".pdf\"");
            assertThat(document.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
        for (Account stranger : List.of(pharmacy.customer(), pharmacy.pharmacist(false))) {
            assertThat(pharmacy.download(path, stranger.accessToken()).status())
                    .as(stranger.email())
                    .isEqualTo(404);
            assertThat(pharmacy.get("/api/v1/prescriptions/" + id, stranger.accessToken())
                            .status())
                    .isEqualTo(404);
        }
    }

    @Test
    void a_browser_asking_for_gzip_gets_the_document_byte_for_byte() {
        String order = pharmacy.rxOrder(patient, category);
        byte[] scan = new byte[200_000];
        java.util.Arrays.fill(scan, (byte) 'x'); // compresses well, so a gzip filter would act on it
        System.arraycopy(PDF, 0, scan, 0, PDF.length);
        String id = pharmacy.upload(patient.accessToken(), order, "long.pdf", "application/pdf", scan)
                .text("id");

        Download document = pharmacy.download(
                "/api/v1/prescriptions/" + id + "/document", patient.accessToken(), "Accept-Encoding", "gzip");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(document.body()).isEqualTo(scan);
    }

    @Test
    void an_order_id_that_is_no_uuid_is_a_validation_problem() {
        Response refused = pharmacy.upload(
                patient.accessToken(), "------------------------------------", "s.pdf", "application/pdf", PDF);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("validation_failed");
    }

    @Test
    void the_audit_log_holds_the_views_claims_and_decisions() {
        String id = uploadPdf(pharmacy.rxOrder(patient, category));
        pharmacy.download("/api/v1/prescriptions/" + id + "/document", pharmacist.accessToken());
        pharmacy.post("/api/v1/prescriptions/" + id + "/claim", pharmacist.accessToken(), null);
        pharmacy.post(approve(id), pharmacist.accessToken(), Map.of());
        String rejectedId = uploadPdf(pharmacy.rxOrder(patient, category));
        pharmacy.post(reject(rejectedId), colleague.accessToken(), Map.of("reason", "unreadable"));

        assertThat(actionsOn(id))
                .containsExactlyInAnyOrder(
                        "prescription.document_viewed", "prescription.claimed", "prescription.approved");
        assertThat(actionsOn(rejectedId)).containsExactly("prescription.rejected");
        JsonNode approval = entriesOn(id).stream()
                .filter(e -> e.path("action").asText().equals("prescription.approved"))
                .findFirst()
                .orElseThrow();
        assertThat(approval.path("actor").asText()).isEqualTo(pharmacist.id());
    }

    @Test
    void pharmacists_work_the_queue_oldest_first_and_patients_see_only_their_own() {
        Account other = pharmacy.customer();
        String mine = uploadPdf(pharmacy.rxOrder(patient, category));
        String theirs = pharmacy.upload(
                        other.accessToken(), pharmacy.rxOrder(other, category), "s.pdf", "application/pdf", PDF)
                .text("id");

        List<String> queue =
                ids(pharmacy.get("/api/v1/prescriptions?status=PENDING_REVIEW&limit=100", pharmacist.accessToken()));
        List<String> own = ids(pharmacy.get("/api/v1/prescriptions?limit=100", other.accessToken()));

        assertThat(queue).containsSubsequence(mine, theirs);
        assertThat(own).containsExactly(theirs);
        assertThat(pharmacy.get(
                                "/api/v1/prescriptions",
                                pharmacy.pharmacist(false).accessToken())
                        .status())
                .isEqualTo(403);
        assertThat(pharmacy.get("/api/v1/prescriptions", pharmacy.admin().accessToken())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void documents_are_kept_under_their_checksum_in_the_data_folder() throws Exception {
        String id = uploadPdf(pharmacy.rxOrder(patient, category));
        String sha256 = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(PDF));

        assertThat(running.dataDir()
                        .resolve("documents")
                        .resolve(sha256.substring(0, 2))
                        .resolve(sha256))
                .exists();
        try (Stream<Path> incoming =
                Files.list(running.dataDir().resolve("documents").resolve("incoming"))) {
            assertThat(incoming).isEmpty();
        }
        assertThat(pharmacy.scalar("SELECT count(*) FROM prescriptions WHERE id = '" + id + "' AND document_sha256 = '"
                        + sha256 + "'"))
                .isEqualTo(1);
    }

    private static String uploadPdf(String order) {
        Response uploaded = pharmacy.upload(patient.accessToken(), order, "script.pdf", "application/pdf", PDF);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        return uploaded.text("id");
    }

    private static long prescriptionsOf(String order) {
        return pharmacy.scalar("SELECT count(*) FROM prescriptions WHERE order_id = '" + order + "'");
    }

    private static String approve(String id) {
        return "/api/v1/prescriptions/" + id + "/approve";
    }

    private static String reject(String id) {
        return "/api/v1/prescriptions/" + id + "/reject";
    }

    private static List<JsonNode> entriesOn(String id) {
        Response page = pharmacy.get(
                "/api/v1/admin/audit-log?target=" + id + "&limit=100",
                pharmacy.admin().accessToken());
        List<JsonNode> entries = new ArrayList<>();
        page.body().path("items").forEach(entries::add);
        return entries;
    }

    private static List<String> actionsOn(String id) {
        return entriesOn(id).stream().map(e -> e.path("action").asText()).toList();
    }

    private static List<String> ids(Response page) {
        List<String> ids = new ArrayList<>();
        page.body().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
