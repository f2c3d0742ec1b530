package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apotheca.testsupport.FreePorts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drill 1: the packaged server is killed with SIGKILL in the middle of a checkout load, then started
 * again on the same database. Every lot still balances (received ± adjustments = on hand +
 * dispensed), no open hold belongs to an order that is not waiting, each product's slots add up to
 * its sellable stock, and once the unpaid orders' hold time has passed every hold is released and
 * the stock is whole again. The drill starts its own PostgreSQL on a free port.
 */
class KilledServerDrill {

    private static final Path JAR = Path.of("target", "apotheca.jar");
    private static final String ADMIN = "admin@drill.apotheca.test";
    private static final String PASSWORD = "correct horse battery staple";
    private static final int STOCK = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path pgData;

    @TempDir
    Path workDir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void killed_mid_load_and_restarted_the_stock_balances_and_every_expired_hold_is_released() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start()) {
            int port = FreePorts.next();
            Map<String, String> env = new HashMap<>(Map.of(
                    "PORT",
                    Integer.toString(port),
                    "DATABASE_URL",
                    postgres.getJdbcUrl("postgres", "postgres"),
                    "APOTHECA_DATA_DIR",
                    workDir.resolve("data").toString(),
                    "APOTHECA_ADMIN_EMAIL",
                    ADMIN,
                    "APOTHECA_ADMIN_PASSWORD",
                    PASSWORD,
                    "APOTHECA_RATE_LIMIT_LOGIN",
                    "10000/1m",
                    "APOTHECA_RATE_LIMIT_REGISTER",
                    "10000/1m",
                    "APOTHECA_REQUIRE_EMAIL_VERIFICATION",
                    "false",
                    "APOTHECA_UNPAID_ORDER_TTL",
                    "PT8S"));
            JarRun first = JarRun.start(JAR, workDir, env);
            first.awaitReady(http, Duration.ofSeconds(60));
            String admin = token(port, ADMIN);
            String category = post(port, "/api/v1/categories", admin, Map.of("name", "Drill", "slug", "drill"))
                    .path("id")
                    .asText();
            String product = post(
                            port,
                            "/api/v1/products",
                            admin,
                            Map.of(
                                    "sku",
                                    "DRILL-1",
                                    "name",
                                    "Drill gauze",
                                    "description",
                                    "",
                                    "manufacturer",
                                    "Acme",
                                    "categoryId",
                                    category,
                                    "price",
                                    Map.of("amount", 199, "currency", "USD"),
                                    "requiresPrescription",
                                    false,
                                    "reorderLevel",
                                    0))
                    .path("id")
                    .asText();
            post(
                    port,
                    "/api/v1/inventory/batches",
                    admin,
                    Map.of(
                            "productId",
                            product,
                            "lotNumber",
                            "DRILL-L1",
                            "expiryDate",
                            java.time.LocalDate.now().plusDays(400).toString(),
                            "quantity",
                            STOCK));
            List<String> customers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String email = "buyer" + i + "@drill.apotheca.test";
                post(
                        port,
                        "/api/v1/auth/register",
                        null,
                        Map.of("email", email, "password", PASSWORD, "fullName", "Buyer " + i));
                customers.add(token(port, email));
            }

            AtomicBoolean killed = new AtomicBoolean();
            AtomicInteger placed = new AtomicInteger();
            ExecutorService load = Executors.newFixedThreadPool(customers.size());
            for (String customer : customers) {
                load.submit(() -> {
                    while (!killed.get()) {
                        try {
                            send(port, "PUT", "/api/v1/cart/items/" + product, customer, Map.of("quantity", 1));
                            HttpResponse<String> order =
                                    send(port, "POST", "/api/v1/orders", customer, TestPharmacy.CHECKOUT);
                            if (order.statusCode() == 201) {
                                placed.incrementAndGet();
                            }
                        } catch (IOException | InterruptedException serverGone) {
                            return null;
                        }
                    }
                    return null;
                });
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> placed.get() >= 40);
            first.process().destroyForcibly(); // SIGKILL: no shutdown hook, no draining
            first.process().waitFor(10, TimeUnit.SECONDS);
            killed.set(true);
            load.shutdown();
            load.awaitTermination(20, TimeUnit.SECONDS);

            try (Connection db = postgres.getPostgresDatabase().getConnection()) {
                assertBalanced(db, product);
            }

            JarRun second = JarRun.start(JAR, workDir, env);
            try {
                second.awaitReady(http, Duration.ofSeconds(60));
                try (Connection db = postgres.getPostgresDatabase().getConnection()) {
                    assertBalanced(db, product);
                    await().atMost(Duration.ofSeconds(40))
                            .pollInterval(Duration.ofSeconds(1))
                            .until(() -> scalar(db, "SELECT count(*) FROM stock_holds WHERE released_at IS NULL") == 0);
                    assertThat(scalar(db, "SELECT count(*) FROM orders WHERE status <> 'CANCELLED'"))
                            .isZero();
                    assertThat(scalar(db, "SELECT count(*) FROM orders WHERE cancellation_reason = 'expired'"))
                            .isGreaterThanOrEqualTo(placed.get());
                    assertBalanced(db, product);
                }
                JsonNode after = get(port, "/api/v1/products/" + product);
                assertThat(after.path("available").asInt())
                        .as("the stock is whole again")
                        .isEqualTo(STOCK);
            } finally {
                second.terminate();
            }
        }
    }

    /** The lots balance, open holds belong to waiting orders, and the slots add up to the sellable stock. */
    private static void assertBalanced(Connection db, String product) throws Exception {
        assertThat(scalar(
                        db,
                        "SELECT count(*) FROM batches b WHERE b.on_hand <> "
                                + "(SELECT coalesce(sum(m.delta), 0) FROM stock_movements m WHERE m.batch_id = b.id)"))
                .as("received ± adjustments − dispensed = on hand, lot by lot")
                .isZero();
        assertThat(scalar(
                        db,
                        "SELECT count(*) FROM stock_holds h LEFT JOIN orders o ON o.id = h.order_id "
                                + "WHERE h.released_at IS NULL AND (o.id IS NULL OR o.status NOT IN "
                                + "('AWAITING_PRESCRIPTION', 'AWAITING_PAYMENT', 'PAID', 'CONFIRMED'))"))
                .as("no open hold without a waiting order")
                .isZero();
        long held = scalar(
                db,
                "SELECT coalesce(sum(quantity), 0) FROM stock_holds WHERE released_at IS NULL " + "AND product_id = '"
                        + product + "'");
        assertThat(scalar(db, "SELECT sum(held) FROM stock_slots WHERE product_id = '" + product + "'"))
                .as("the slots hold what the open holds say")
                .isEqualTo(held);
        assertThat(scalar(
                        db, "SELECT sum(available) + sum(held) FROM stock_slots WHERE product_id = '" + product + "'"))
                .as("sellable on hand = available + held")
                .isEqualTo(scalar(db, "SELECT sum(on_hand) FROM batches WHERE product_id = '" + product + "'"));
    }

    private static long scalar(Connection db, String sql) throws Exception {
        try (ResultSet row = db.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private String token(int port, String email) throws Exception {
        return post(port, "/api/v1/auth/login", null, Map.of("email", email, "password", PASSWORD))
                .path("accessToken")
                .asText();
    }

    private JsonNode post(int port, String path, String token, Object body) throws Exception {
        HttpResponse<String> response = send(port, "POST", path, token, body);
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError(path + " → " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private JsonNode get(int port, String path) throws Exception {
        return JSON.readTree(http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
    }

    private HttpResponse<String> send(int port, String method, String path, String token, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
