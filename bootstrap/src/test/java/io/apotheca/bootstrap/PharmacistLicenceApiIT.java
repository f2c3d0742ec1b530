package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import io.apotheca.testsupport.PostgresExtension;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Pharmacists' licences, their audit trail and its verification, over HTTP against PostgreSQL. */
class PharmacistLicenceApiIT {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @TempDir
    static Path dataDir;

    private static TestPharmacy pharmacy;

    @BeforeAll
    static void start() {
        pharmacy = TestPharmacy.start(postgres.database(), dataDir, Map.of());
    }

    @AfterAll
    static void stop() {
        pharmacy.close();
    }

    @Test
    void a_pharmacist_registers_pending_and_an_admin_approves_then_suspends_with_audit_entries() {
        Response registered =
                registerPharmacist("RPH-" + UUID.randomUUID().toString().substring(0, 6));
        String id = registered.text("id");
        Account admin = pharmacy.admin();

        Response queue = pharmacy.get("/api/v1/pharmacists?licenseStatus=PENDING_VERIFICATION", admin.accessToken());
        Response approved = pharmacy.patch("/api/v1/pharmacists/" + id + "/approve", admin.accessToken(), null);
        Response suspendedWithoutReason =
                pharmacy.patch("/api/v1/pharmacists/" + id + "/suspend", admin.accessToken(), Map.of());
        Response suspended = pharmacy.patch(
                "/api/v1/pharmacists/" + id + "/suspend", admin.accessToken(), Map.of("reason", "licence lapsed"));
        Response audit = pharmacy.get("/api/v1/admin/audit-log?target=" + id, admin.accessToken());

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.text("licenseStatus")).isEqualTo("PENDING_VERIFICATION");
        assertThat(registered.text("role")).isEqualTo("PHARMACIST");
        assertThat(queue.body().path("items").findValuesAsText("id")).contains(id);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.text("licenseStatus")).isEqualTo("VERIFIED");
        assertThat(suspendedWithoutReason.status()).isEqualTo(400);
        assertThat(suspended.text("licenseStatus")).isEqualTo("SUSPENDED");
        assertThat(suspended.text("licenseDecisionReason")).isEqualTo("licence lapsed");
        assertThat(audit.body().path("items").findValuesAsText("action"))
                .containsExactly("pharmacist.suspended", "pharmacist.approved");
        assertThat(audit.body()
                        .path("items")
                        .get(0)
                        .path("details")
                        .path("reason")
                        .asText())
                .isEqualTo("licence lapsed");
        assertThat(audit.body().path("items").get(0).path("actor").asText()).isEqualTo(admin.id());
        assertThat(audit.body().path("items").get(0).path("time").asText()).isNotBlank();
        assertThat(audit.body().toString()).doesNotContain("@apotheca.test");
    }

    @Test
    void a_rejected_licence_cannot_be_approved_and_a_decision_on_an_unknown_one_is_404() {
        String id = registerPharmacist("RPH-R" + UUID.randomUUID().toString().substring(0, 6))
                .text("id");
        Account admin = pharmacy.admin();

        Response rejected = pharmacy.patch(
                "/api/v1/pharmacists/" + id + "/reject", admin.accessToken(), Map.of("reason", "unknown to the board"));
        Response approveAfter = pharmacy.patch("/api/v1/pharmacists/" + id + "/approve", admin.accessToken(), null);
        Response unknown =
                pharmacy.patch("/api/v1/pharmacists/" + UUID.randomUUID() + "/approve", admin.accessToken(), null);

        assertThat(rejected.text("licenseStatus")).isEqualTo("REJECTED");
        assertThat(approveAfter.status()).isEqualTo(409);
        assertThat(approveAfter.code()).isEqualTo("invalid_transition");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void of_racing_decisions_on_one_pending_licence_exactly_one_applies() throws Exception {
        String id = registerPharmacist("RPH-C" + UUID.randomUUID().toString().substring(0, 6))
                .text("id");
        String admin = pharmacy.admin().accessToken();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            java.util.List<java.util.concurrent.Callable<Integer>> decisions = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                boolean approve = i % 2 == 0;
                decisions.add(() -> (approve
                                ? pharmacy.patch("/api/v1/pharmacists/" + id + "/approve", admin, null)
                                : pharmacy.patch(
                                        "/api/v1/pharmacists/" + id + "/reject", admin, Map.of("reason", "race")))
                        .status());
            }
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (var status : pool.invokeAll(decisions)) {
                statuses.add(status.get());
            }
            Response audit = pharmacy.get("/api/v1/admin/audit-log?target=" + id, admin);

            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(9);
            assertThat(audit.body().path("items")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void one_licence_registers_once_per_jurisdiction_and_nothing_is_left_behind() {
        String licence = "RPH-D" + UUID.randomUUID().toString().substring(0, 6);
        registerPharmacist(licence);
        String secondEmail = TestPharmacy.uniqueEmail("copy");

        Response duplicate = pharmacy.post(
                "/api/v1/pharmacists/register",
                null,
                Map.of(
                        "email",
                        secondEmail,
                        "password",
                        TestPharmacy.PASSWORD,
                        "fullName",
                        "Copy Pharmacist",
                        "licenseNumber",
                        licence.toLowerCase(),
                        "licenseJurisdiction",
                        "ca"));
        Response loginOfRefused = pharmacy.post(
                "/api/v1/auth/login", null, Map.of("email", secondEmail, "password", TestPharmacy.PASSWORD));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("licence_taken");
        assertThat(loginOfRefused.status())
                .as("the refused registration left no account")
                .isEqualTo(401);
    }

    @Test
    void customers_and_pharmacists_get_403_on_admin_routes_even_with_a_half_empty_body() {
        String id = registerPharmacist("RPH-F" + UUID.randomUUID().toString().substring(0, 6))
                .text("id");
        Account customer = pharmacy.customer();
        Account pharmacist = pharmacy.pharmacist(true);

        for (Account caller : new Account[] {customer, pharmacist}) {
            assertThat(pharmacy.patch("/api/v1/pharmacists/" + id + "/approve", caller.accessToken(), null)
                            .status())
                    .isEqualTo(403);
            assertThat(pharmacy.patch("/api/v1/pharmacists/" + id + "/reject", caller.accessToken(), "{\"reas")
                            .status())
                    .isEqualTo(403);
            assertThat(pharmacy.get("/api/v1/pharmacists", caller.accessToken()).status())
                    .isEqualTo(403);
            assertThat(pharmacy.get("/api/v1/admin/audit-log", caller.accessToken())
                            .status())
                    .isEqualTo(403);
        }
    }

    @Test
    void the_first_admin_is_created_once_audited_and_never_overwritten_by_a_restart() {
        try (TestPharmacy restarted = TestPharmacy.start(
                postgres.database(), dataDir, Map.of("APOTHECA_ADMIN_PASSWORD", "another configured passphrase"))) {
            Account admin = restarted.admin(); // signs in with the original password

            Response created = restarted.get("/api/v1/admin/audit-log?action=admin.created", admin.accessToken());

            assertThat(created.body().path("items")).hasSize(1);
            assertThat(created.body().path("items").get(0).path("target").asText())
                    .isEqualTo(admin.id());
            assertThat(created.body().path("items").get(0).path("actor").asText())
                    .isEqualTo("system");
        }
    }

    @Test
    void verify_finds_a_row_edited_behind_the_applications_back() throws SQLException {
        String id = registerPharmacist("RPH-V" + UUID.randomUUID().toString().substring(0, 6))
                .text("id");
        Account admin = pharmacy.admin();
        pharmacy.patch("/api/v1/pharmacists/" + id + "/reject", admin.accessToken(), Map.of("reason", "forged papers"));
        Response before = pharmacy.get("/api/v1/admin/audit-log/verify", admin.accessToken());
        String entryId = pharmacy.get("/api/v1/admin/audit-log?target=" + id, admin.accessToken())
                .body()
                .path("items")
                .get(0)
                .path("id")
                .asText();

        boolean refusedByTrigger = tryToEditAuditRowDirectly(entryId, false);
        tryToEditAuditRowDirectly(entryId, true);
        Response after = pharmacy.get("/api/v1/admin/audit-log/verify", admin.accessToken());

        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body().path("valid").asBoolean()).isTrue();
        assertThat(before.body().path("entries").asLong()).isPositive();
        assertThat(before.body().has("firstBrokenId")).isTrue();
        assertThat(refusedByTrigger)
                .as("the database refuses to update the audit log")
                .isTrue();
        assertThat(after.body().path("valid").asBoolean()).isFalse();
        assertThat(after.text("firstBrokenId")).isEqualTo(entryId);
    }

    /** Edits an audit row as a superuser would; with {@code bypassTrigger} it switches the trigger off first. */
    private static boolean tryToEditAuditRowDirectly(String entryId, boolean bypassTrigger) throws SQLException {
        var db = postgres.database();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement statement = connection.createStatement()) {
            if (bypassTrigger) {
                statement.execute("SET session_replication_role = replica");
            }
            statement.executeUpdate(
                    "UPDATE audit_log SET details = '{\"reason\": \"nothing to see\"}' WHERE id = '" + entryId + "'");
            return false;
        } catch (SQLException refused) {
            if (bypassTrigger) {
                throw refused;
            }
            return refused.getMessage().contains("append-only");
        }
    }

    private static Response registerPharmacist(String licence) {
        return pharmacy.post(
                "/api/v1/pharmacists/register",
                null,
                Map.of(
                        "email",
                        TestPharmacy.uniqueEmail("pharmacist"),
                        "password",
                        TestPharmacy.PASSWORD,
                        "fullName",
                        "Paul Pharmacist",
                        "licenseNumber",
                        licence,
                        "licenseJurisdiction",
                        "CA"));
    }
}
