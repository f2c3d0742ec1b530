package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.bootstrap.TestPharmacy.Response;
import io.apotheca.testsupport.PostgresExtension;
import io.apotheca.testsupport.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The lot-expiry job: run at start-up and registered to run daily, cluster-safe, audited once per lot. */
class LotExpiryIT {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @TempDir
    Path dataDir;

    @Test
    void a_lot_past_its_expiry_is_marked_expired_at_start_up_once_and_audited_once() throws Exception {
        String lot;
        String product;
        try (TestPharmacy pharmacy = TestPharmacy.start(postgres.database(), dataDir, Map.of())) {
            String admin = pharmacy.admin().accessToken();
            String category = pharmacy.post("/api/v1/categories", admin, Map.of("name", "Expiry", "slug", "expiry"))
                    .text("id");
            product = pharmacy.product(category, "Expiring", 100, false);
            lot = pharmacy.post(
                            "/api/v1/inventory/batches",
                            admin,
                            Map.of(
                                    "productId",
                                    product,
                                    "lotNumber",
                                    "EXP-1",
                                    "expiryDate",
                                    LocalDate.now().plusDays(100).toString(),
                                    "quantity",
                                    4))
                    .text("id");
        }
        sql("UPDATE batches SET expiry_date = current_date - 1 WHERE id = '" + lot + "'");

        for (int start = 0; start < 2; start++) {
            try (TestPharmacy restarted = TestPharmacy.start(postgres.database(), dataDir, Map.of())) {
                String admin = restarted.admin().accessToken();
                Response inventory = restarted.get("/api/v1/inventory/products/" + product, admin);
                Response audit = restarted.get("/api/v1/admin/audit-log?action=batch.expired&target=" + lot, admin);

                assertThat(inventory
                                .body()
                                .path("batches")
                                .get(0)
                                .path("status")
                                .asText())
                        .isEqualTo("EXPIRED");
                assertThat(inventory.body().path("available").asInt()).isZero();
                assertThat(audit.body().path("items"))
                        .as("audited once, whatever the restarts")
                        .hasSize(1);
                assertThat(audit.body().path("items").get(0).path("actor").asText())
                        .isEqualTo("system");
            }
        }
        assertThat(sqlCount("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'expire-lots'"))
                .as("the daily execution is registered in PostgreSQL")
                .isEqualTo(1);
    }

    private static void sql(String statement) throws Exception {
        TestDatabase db = postgres.database();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
            connection.createStatement().executeUpdate(statement);
        }
    }

    private static int sqlCount(String query) throws Exception {
        TestDatabase db = postgres.database();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                ResultSet rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
