package io.apotheca.bench;

import io.apotheca.bootstrap.Apotheca;
import io.apotheca.bootstrap.RunningApotheca;
import io.apotheca.bootstrap.config.EnvironmentConfig;
import io.apotheca.testsupport.PostgresExtension;
import io.apotheca.testsupport.RedisServers;
import io.apotheca.testsupport.TestDatabase;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on the catalog: 100,000 products seeded into a fresh database, then for a fixed time per
 * scenario, concurrent clients list page 1, page 1,000 (by its cursor) and search by word; with and
 * without Redis. Loopback only, bounded in time. Prints requests/s and p50/p95/p99 per scenario.
 *
 * <p>Servers: {@code APOTHECA_TEST_DATABASE_URL} / {@code APOTHECA_TEST_REDIS_URL} when set, else
 * embedded ones (see test-support). Arguments: {@code [products] [seconds per scenario] [clients]}.
 */
public final class CatalogLoad {

    private static final Pattern NEXT_CURSOR = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");

    private CatalogLoad() {}

    public static void main(String[] args) throws Exception {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        TestDatabase db = PostgresExtension.createDatabase();
        Path dataDir = Files.createTempDirectory("apotheca-bench");
        try {
            for (boolean withRedis : new boolean[] {false, true}) {
                Map<String, String> env = new HashMap<>(Map.of(
                        "PORT", "0",
                        "DATABASE_URL", db.postgresqlUrl(),
                        "APOTHECA_DATA_DIR", dataDir.toString()));
                if (withRedis) {
                    env.put("REDIS_URL", RedisServers.shared().url());
                    env.put("APOTHECA_REDIS_KEY_PREFIX", "bench-" + System.nanoTime() + ":");
                }
                RunningApotheca app = Apotheca.start(EnvironmentConfig.parse(env));
                try {
                    if (!withRedis) {
                        seed(db, products);
                    }
                    String base = "http://127.0.0.1:" + app.port() + "/api/v1/products";
                    HttpClient http = HttpClient.newBuilder()
                            .executor(Executors.newFixedThreadPool(clients))
                            .build();
                    String deepCursor = cursorOfPage(http, base + "?limit=20", 1_000);
                    System.out.printf(
                            "%n== %d products, %s, %d clients, %d s per scenario ==%n",
                            products, withRedis ? "with Redis" : "without Redis", clients, seconds);
                    run(http, "list page 1", List.of(base + "?limit=20"), seconds, clients);
                    run(
                            http,
                            "list page 1000",
                            List.of(base + "?limit=20&cursor=" + encode(deepCursor)),
                            seconds,
                            clients);
                    List<String> searches = new ArrayList<>();
                    for (int w = 0; w < 100; w++) {
                        searches.add(base + "?limit=20&q=word" + w);
                    }
                    run(http, "search one word", searches, seconds, clients);
                    run(
                            http,
                            "search two words",
                            List.of(base + "?limit=20&q=" + encode("word7 brand3")),
                            seconds,
                            clients);
                } finally {
                    app.stop();
                }
            }
        } finally {
            PostgresExtension.drop(db);
        }
        System.exit(0);
    }

    /** 100,000 products in one statement, spread over 100 search words and 10 manufacturers, with a lot each. */
    private static void seed(TestDatabase db, int products) throws Exception {
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement sql = connection.createStatement()) {
            sql.execute(
                    "INSERT INTO categories (id, name, slug) VALUES ('00000000-0000-7000-8000-000000000001', 'Bench', 'bench')");
            sql.execute("""
                    INSERT INTO products (id, sku, name, description, manufacturer, category_id, price_minor, currency,
                                          requires_prescription, reorder_level, active, tax_category, created_at,
                                          updated_at)
                    SELECT ('00000000-0000-7000-9000-' || lpad(to_hex(n), 12, '0'))::uuid,
                           'BENCH-' || n, 'Product ' || lpad(n::text, 6, '0') || ' word' || (n % 100),
                           '', 'Brand' || (n % 10), '00000000-0000-7000-8000-000000000001',
                           100 + n % 5000, 'USD', n % 7 = 0, 5, true,
                           CASE WHEN n % 7 = 0 THEN 'EXEMPT' ELSE 'STANDARD' END, now(), now()
                    FROM generate_series(1, :products) AS n""".replace(":products", Integer.toString(products)));
            sql.execute("""
                    INSERT INTO batches (id, product_id, lot_number, expiry_date, on_hand, status, received_at)
                    SELECT ('00000000-0000-7000-a000-' || lpad(to_hex(n), 12, '0'))::uuid,
                           ('00000000-0000-7000-9000-' || lpad(to_hex(n), 12, '0'))::uuid,
                           'LOT-' || n, current_date + 365, 50, 'ACTIVE', now()
                    FROM generate_series(1, :products) AS n""".replace(":products", Integer.toString(products)));
            sql.execute("ANALYZE");
        }
        System.out.printf(
                "seeded %d products and lots in %d ms%n", products, (System.nanoTime() - started) / 1_000_000);
    }

    private static String cursorOfPage(HttpClient http, String firstPage, int page) throws Exception {
        String cursor = null;
        for (int i = 1; i < page; i++) {
            String url = cursor == null ? firstPage : firstPage + "&cursor=" + encode(cursor);
            String body = http.send(
                            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher next = NEXT_CURSOR.matcher(body);
            if (!next.find()) {
                throw new IllegalStateException("the listing ended before page " + page);
            }
            cursor = next.group(1);
        }
        return cursor;
    }

    private static void run(HttpClient http, String name, List<String> urls, int seconds, int clients)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<long[]> latencies = new ArrayList<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<java.util.concurrent.Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> {
                long[] samples = new long[1 << 20];
                int n = 0;
                int i = client;
                while (System.nanoTime() < deadline && n < samples.length) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get(i++ % urls.size())))
                            .timeout(Duration.ofSeconds(10))
                            .build();
                    long start = System.nanoTime();
                    int status = http.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                    samples[n++] = System.nanoTime() - start;
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                }
                return Arrays.copyOf(samples, n);
            }));
        }
        for (var result : results) {
            latencies.add(result.get());
        }
        pool.shutdownNow();
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(
                "%-18s %8.0f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  statuses %s%n",
                name,
                all.length / (double) seconds,
                Percentiles.ms(all, 0.50),
                Percentiles.ms(all, 0.95),
                Percentiles.ms(all, 0.99),
                statuses);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
