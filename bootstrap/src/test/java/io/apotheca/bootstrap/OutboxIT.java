package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.testsupport.PostgresExtension;
import io.apotheca.testsupport.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Order events land in the outbox with the change, and the relay publishes them, in order. */
class OutboxIT {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @TempDir
    Path dataDir;

    @Test
    void placing_and_cancelling_an_order_record_events_that_the_relay_publishes_in_order() throws Exception {
        try (TestPharmacy pharmacy = TestPharmacy.start(postgres.database(), dataDir, Map.of())) {
            String product = pharmacy.product(pharmacy.category("events"), "Evented", 100, false);
            pharmacy.receive(product, "E-1", 300, 5);
            Account customer = pharmacy.customer();
            pharmacy.addToCart(customer, product, 1);
            String order = pharmacy.checkout(customer).text("id");
            pharmacy.post("/api/v1/orders/" + order + "/cancel", customer.accessToken(), null);

            await().atMost(Duration.ofSeconds(15))
                    .untilAsserted(() -> assertThat(rows(
                                    "SELECT type || ':' || (published_at IS NOT NULL) FROM outbox WHERE aggregate_id = '"
                                            + order + "' ORDER BY sequence"))
                            .containsExactly("order.placed:true", "order.cancelled:true"));
            assertThat(rows("SELECT payload->>'reason' FROM outbox WHERE type = 'order.cancelled' AND aggregate_id = '"
                            + order + "'"))
                    .containsExactly("customer");
            assertThat(rows("SELECT payload::text FROM outbox WHERE aggregate_id = '" + order + "'"))
                    .allSatisfy(payload -> assertThat(payload).doesNotContain("@apotheca.test", "Oslo"));
        }
    }

    private static List<String> rows(String sql) throws Exception {
        TestDatabase db = postgres.database();
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                ResultSet result = connection.createStatement().executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
