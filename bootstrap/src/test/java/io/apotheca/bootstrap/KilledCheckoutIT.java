package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import io.apotheca.testsupport.PostgresExtension;
import io.apotheca.testsupport.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A checkout whose database session is killed half-way, after some of its rows are written, leaves
 * nothing behind: no hold without an order, no order without its holds, the stock and the cart as
 * they were; the customer can simply check out again.
 */
class KilledCheckoutIT {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @TempDir
    static Path dataDir;

    private static TestPharmacy pharmacy;
    private static String category;

    @BeforeAll
    static void start() {
        pharmacy = TestPharmacy.start(postgres.database(), dataDir, Map.of());
        category = pharmacy.category("killed");
    }

    @AfterAll
    static void stop() {
        pharmacy.close();
    }

    /**
     * The checkout is held up where it writes into {@code table} (another session holds that table
     * in SHARE mode), by then having written everything before it, and its session is terminated.
     */
    @ParameterizedTest(name = "killed while writing {0}")
    @ValueSource(strings = {"stock_holds", "outbox"})
    void a_checkout_killed_mid_transaction_leaves_no_trace(String table) throws Exception {
        String first = pharmacy.product(category, "First " + table, 100, false);
        String second = pharmacy.product(category, "Second " + table, 100, false);
        pharmacy.receive(first, "K-1", 300, 5);
        pharmacy.receive(second, "K-2", 300, 5);
        Account customer = pharmacy.customer();
        pharmacy.addToCart(customer, first, 2);
        pharmacy.addToCart(customer, second, 3);

        Response killed;
        try (Connection blocker = connect()) {
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("LOCK TABLE " + table + " IN SHARE MODE");
            CompletableFuture<Response> checkout = CompletableFuture.supplyAsync(() -> pharmacy.checkout(customer));
            terminateTheSessionWaitingOn(table);
            killed = checkout.get();
            blocker.rollback();
        }

        assertThat(killed.status())
                .as("a session the server ended is a database gone away: " + killed)
                .isEqualTo(503);
        assertThat(killed.code()).isEqualTo("service_unavailable");
        assertThat(pharmacy.scalar("SELECT count(*) FROM orders WHERE customer_id = '" + customer.id() + "'"))
                .isZero();
        assertThat(
                        pharmacy.scalar(
                                "SELECT count(*) FROM stock_holds h WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = h.order_id)"))
                .as("holds without an order")
                .isZero();
        assertThat(
                        pharmacy.scalar(
                                "SELECT count(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM stock_holds h WHERE h.order_id = o.id)"))
                .as("orders without holds")
                .isZero();
        assertThat(pharmacy.available(first)).isEqualTo(5);
        assertThat(pharmacy.available(second)).isEqualTo(5);
        assertThat(pharmacy.get("/api/v1/cart", customer.accessToken())
                        .body()
                        .path("items")
                        .findValuesAsText("productId"))
                .containsExactly(first, second);

        Response again = pharmacy.checkout(customer);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(pharmacy.available(first)).isEqualTo(3);
        assertThat(pharmacy.available(second)).isEqualTo(2);
    }

    private static void terminateTheSessionWaitingOn(String table) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        try (Connection admin = connect()) {
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet killed = admin.createStatement()
                        .executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                + " WHERE datname = current_database() AND wait_event_type = 'Lock'"
                                + " AND query ILIKE '%INSERT INTO " + table + " %'")) {
                    if (killed.next() && killed.getBoolean(1)) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("no checkout waited to write " + table + " within 10 s");
    }

    private static Connection connect() throws SQLException {
        TestDatabase db = postgres.database();
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }
}
