package io.apotheca.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apotheca.bootstrap.Apotheca;
import io.apotheca.bootstrap.RunningApotheca;
import io.apotheca.bootstrap.config.EnvironmentConfig;
import io.apotheca.testsupport.PostgresExtension;
import io.apotheca.testsupport.RedisServers;
import io.apotheca.testsupport.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load on checkout: authenticated customers put one unit in the cart and {@code POST /orders}, as
 * fast as they can, for one hot product and for 1,000 spread products, at 8, 32 and 64 clients; each
 * run beside pgbench running the bare "conditional decrement + insert order" transaction on the same
 * PostgreSQL. Prints orders/s and the p50/p99 of {@code POST /orders}, the pgbench figures, and the
 * oversell check (for every product, the units held by orders never exceed its sellable stock, and
 * a sell-out under 64 clients places exactly as many units as there were).
 *
 * <p>Servers: {@code APOTHECA_TEST_DATABASE_URL} / {@code APOTHECA_TEST_REDIS_URL} when set, else
 * embedded ones; {@code pgbench} from the PATH. Arguments: {@code [seconds per run]}.
 */
public final class CheckoutLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "bench-Password-1";
    private static final String ADMIN = "bench-admin@apotheca.test";
    private static final int[] CLIENTS = {8, 32, 64};
    private static final int SPREAD = 1_000;

    private final HttpClient http = HttpClient.newBuilder()
            .executor(Executors.newFixedThreadPool(8))
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;

    private CheckoutLoad(int port) {
        this.base = "http://127.0.0.1:" + port + "/api/v1";
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        TestDatabase db = PostgresExtension.createDatabase();
        Path dataDir = Files.createTempDirectory("apotheca-checkout-bench");
        Map<String, String> env = new HashMap<>(Map.of(
                "PORT",
                "0",
                "DATABASE_URL",
                db.postgresqlUrl(),
                "APOTHECA_DATA_DIR",
                dataDir.toString(),
                "APOTHECA_ADMIN_EMAIL",
                ADMIN,
                "APOTHECA_ADMIN_PASSWORD",
                PASSWORD,
                "APOTHECA_UNPAID_ORDER_TTL",
                "PT2H",
                "APOTHECA_RATE_LIMIT_LOGIN",
                "100000/1m",
                "APOTHECA_RATE_LIMIT_REGISTER",
                "100000/1m",
                "REDIS_URL",
                RedisServers.shared().url(),
                "APOTHECA_REDIS_KEY_PREFIX",
                "bench-" + System.nanoTime() + ":"));
        // its customers check out straight after registering; LoadHarness marks them verified instead
        env.put("APOTHECA_REQUIRE_EMAIL_VERIFICATION", "false");
        RunningApotheca app = Apotheca.start(EnvironmentConfig.parse(env));
        try {
            CheckoutLoad load = new CheckoutLoad(app.port());
            load.run(db, seconds);
        } finally {
            app.stop();
            PostgresExtension.drop(db);
        }
        System.exit(0);
    }

    private void run(TestDatabase db, int seconds) throws Exception {
        String admin = login(ADMIN);
        String category = post("/categories", admin, Map.of("name", "Bench", "slug", "bench"))
                .path("id")
                .asText();
        String hot = product(admin, category, "HOT", 10_000_000);
        List<String> spread = new ArrayList<>();
        for (int i = 0; i < SPREAD; i++) {
            spread.add(product(admin, category, "SPREAD-" + i, 100_000));
        }
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            customers.add(customer(i));
        }
        PgBench pgbench = PgBench.prepare(db, SPREAD);
        System.out.printf(
                "%n== checkout, %d s per run, machine: %d cores ==%n",
                seconds, Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "%-7s %7s | %9s %8s %8s %-24s | %11s %8s %8s | %6s%n",
                "case",
                "clients",
                "orders/s",
                "p50 ms",
                "p99 ms",
                "statuses",
                "pgbench tps",
                "p50 ms",
                "p99 ms",
                "ratio");
        checkouts(List.of(hot), customers.subList(0, 8), 5); // warm-up, not reported
        for (String scenario : List.of("hot", "spread")) {
            List<String> products = scenario.equals("hot") ? List.of(hot) : spread;
            for (int clients : CLIENTS) {
                Result api = checkouts(products, customers.subList(0, clients), seconds);
                PgBench.Result bare = pgbench.run(scenario.equals("hot") ? 1 : SPREAD, clients, seconds);
                System.out.printf(
                        "%-7s %7d | %9.0f %8.1f %8.1f %-24s | %11.0f %8.1f %8.1f | %5.2fx%n",
                        scenario,
                        clients,
                        api.perSecond(),
                        api.p50(),
                        api.p99(),
                        api.statuses(),
                        bare.tps(),
                        bare.p50(),
                        bare.p99(),
                        api.perSecond() / bare.tps());
            }
        }
        oversellCheck(db, admin, category, customers);
    }

    /** Every client: one unit of a random product into the cart, then checkout; until time is up. */
    private Result checkouts(List<String> products, List<String> customers, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(customers.size());
        List<Future<long[]>> results = new ArrayList<>();
        long started = System.nanoTime();
        for (String token : customers) {
            results.add(pool.submit(() -> {
                long[] samples = new long[1 << 18];
                int n = 0;
                while (System.nanoTime() < deadline && n < samples.length) {
                    String product = products.get(ThreadLocalRandom.current().nextInt(products.size()));
                    send("PUT", "/cart/items/" + product, token, "{\"quantity\":1}");
                    long start = System.nanoTime();
                    int status =
                            send("POST", "/orders", token, LoadClient.CHECKOUT).statusCode();
                    samples[n++] = System.nanoTime() - start;
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    if (status != 201) {
                        send("DELETE", "/cart", token, null);
                    }
                }
                return Arrays.copyOf(samples, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> result : results) {
            all.add(result.get());
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdownNow();
        long[] sorted = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        int placed = statuses.getOrDefault(201, new AtomicInteger()).get();
        return new Result(
                placed / elapsed, Percentiles.ms(sorted, 0.50), Percentiles.ms(sorted, 0.99), new HashMap<>(statuses));
    }

    /**
     * The units held by open orders never exceed a product's stock; and 64 clients racing for the
     * last 2,000 units of a product place exactly 2,000.
     */
    private void oversellCheck(TestDatabase db, String admin, String category, List<String> customers)
            throws Exception {
        String scarce = product(admin, category, "SELLOUT", 2_000);
        Result sellout = checkouts(List.of(scarce), customers, 8);
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement sql = connection.createStatement()) {
            ResultSet over = sql.executeQuery("""
                    SELECT count(*) FROM (
                      SELECT h.product_id, sum(h.quantity) AS held
                      FROM stock_holds h WHERE h.released_at IS NULL GROUP BY h.product_id) holds
                    JOIN (SELECT product_id, sum(on_hand) AS on_hand FROM batches WHERE status = 'ACTIVE'
                          GROUP BY product_id) stock USING (product_id)
                    WHERE holds.held > stock.on_hand""");
            over.next();
            long oversold = over.getLong(1);
            ResultSet held = sql.executeQuery(
                    "SELECT coalesce(sum(quantity), 0) FROM stock_holds WHERE released_at IS NULL AND product_id = '"
                            + scarce + "'");
            held.next();
            long scarceHeld = held.getLong(1);
            int available = get("/products/" + scarce, null).path("available").asInt();
            System.out.printf(
                    "%noversell check: products held beyond their stock: %d; sell-out of 2,000 units under 64 clients: "
                            + "%d units held, %d available, statuses %s -> %s%n",
                    oversold,
                    scarceHeld,
                    available,
                    sellout.statuses(),
                    oversold == 0 && scarceHeld == 2_000 && available == 0 ? "PASS" : "FAIL");
        }
    }

    record Result(double perSecond, double p50, double p99, Map<Integer, AtomicInteger> statuses) {}

    private String product(String admin, String category, String sku, int stock)
            throws IOException, InterruptedException {
        String id = post(
                        "/products",
                        admin,
                        Map.of(
                                "sku",
                                sku,
                                "name",
                                "Bench " + sku,
                                "description",
                                "",
                                "manufacturer",
                                "Bench",
                                "categoryId",
                                category,
                                "price",
                                Map.of("amount", 500, "currency", "USD"),
                                "requiresPrescription",
                                false,
                                "reorderLevel",
                                0))
                .path("id")
                .asText();
        post(
                "/inventory/batches",
                admin,
                Map.of(
                        "productId",
                        id,
                        "lotNumber",
                        "L-" + sku,
                        "expiryDate",
                        LocalDate.now().plusDays(400).toString(),
                        "quantity",
                        stock));
        return id;
    }

    private String customer(int n) throws IOException, InterruptedException {
        String email = "bench-customer-" + n + "-" + System.nanoTime() + "@apotheca.test";
        post("/auth/register", null, Map.of("email", email, "password", PASSWORD, "fullName", "Bench " + n));
        return login(email);
    }

    private String login(String email) throws IOException, InterruptedException {
        return post("/auth/login", null, Map.of("email", email, "password", PASSWORD))
                .path("accessToken")
                .asText();
    }

    private JsonNode get(String path, String token) throws IOException, InterruptedException {
        return JSON.readTree(send("GET", path, token, null).body());
    }

    private JsonNode post(String path, String token, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = send("POST", path, token, JSON.writeValueAsString(body));
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("POST " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
