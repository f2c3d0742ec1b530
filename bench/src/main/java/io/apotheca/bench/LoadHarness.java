package io.apotheca.bench;

import io.apotheca.testsupport.FreePorts;
import io.apotheca.testsupport.PostgresExtension;
import io.apotheca.testsupport.RedisServers;
import io.apotheca.testsupport.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The load harness: the packaged Apotheca jar, run as its own process on loopback, measured against
 * the ceilings of this machine in the same run.
 *
 * <ol>
 *   <li>Start-up: time to ready on a fresh embedded database and again on the same, existing one.
 *   <li>The same jar on a fresh database of the test PostgreSQL, with Redis; a pharmacy seeded
 *       through the API; resident memory idle.
 *   <li>The bare Javalin handler answering a real catalog page ({@link BareHandler}), then the
 *       catalog page and catalog search: requests/s, p50/p95/p99, and the ratio.
 *   <li>Hot-product and spread checkout, each followed by pgbench running the bare transaction at
 *       the same clients, and the ratio.
 *   <li>The full prescription flow: cart, checkout, upload, claim, approve, cash on delivery, fulfil.
 *   <li>Resident memory at its peak under load, and the stock invariant.
 * </ol>
 *
 * <p>Every run is bounded in time and in iterations, and every address is loopback: the harness
 * refuses a database or Redis elsewhere. Servers: {@code APOTHECA_TEST_DATABASE_URL} / {@code
 * APOTHECA_TEST_REDIS_URL} when set, else embedded ones. Arguments: {@code [seconds per run]
 * [checkout clients] [catalog clients] [prescription-flow clients]}; system properties {@code
 * apotheca.jar} (default {@code bootstrap/target/apotheca.jar}) and {@code apotheca.jvm}, the
 * server's JVM options separated by spaces (default none); or {@code apotheca.launcher}, a script
 * that starts the server itself ({@code scripts/run}, the README's command, with its own JVM
 * settings), in place of both.
 */
public final class LoadHarness {

    private static final int CATALOG = 1_000;
    private static final int MAX_ITERATIONS = 1_000_000;
    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
    private static final byte[] PRESCRIPTION =
            "%PDF-1.7\n%load harness prescription\n".getBytes(StandardCharsets.US_ASCII);

    private final Duration length;
    private final List<String> jvmOptions;
    private final Optional<Path> launcher;
    private final Report report = new Report();

    private LoadHarness(Duration length, List<String> jvmOptions, Optional<Path> launcher) {
        this.length = length;
        this.jvmOptions = jvmOptions;
        this.launcher = launcher;
    }

    /** The server, through the launcher script when one is given, else {@code java [options] -jar}. */
    private ServerProcess server(Path jar, Map<String, String> env, int port) throws IOException {
        return launcher.isPresent()
                ? ServerProcess.launcher(launcher.get(), env, port)
                : ServerProcess.jar(jar, jvmOptions, env, port);
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int checkoutClients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int catalogClients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int rxClients = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        Path jar = Path.of(System.getProperty("apotheca.jar", "bootstrap/target/apotheca.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + "; build it first: mvn -B -DskipTests package");
        }
        String options = System.getProperty("apotheca.jvm", "").trim();
        List<String> jvmOptions = options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
        Optional<Path> launcher =
                Optional.ofNullable(System.getProperty("apotheca.launcher")).map(Path::of);
        LoadHarness harness = new LoadHarness(Duration.ofSeconds(seconds), jvmOptions, launcher);
        harness.report.machine(
                seconds,
                checkoutClients,
                catalogClients,
                rxClients,
                launcher.map(script -> List.of("(the launcher " + script + ")")).orElse(jvmOptions));
        harness.startUp(jar);
        harness.underLoad(jar, checkoutClients, catalogClients, rxClients);
        harness.report.print();
        System.exit(0);
    }

    /** Time to ready on a fresh embedded database, then on the same folder again. */
    private void startUp(Path jar) throws Exception {
        Path dataDir = Files.createTempDirectory("apotheca-startup");
        int port = FreePorts.next();
        Map<String, String> env = Map.of("PORT", Integer.toString(port), "APOTHECA_DATA_DIR", dataDir.toString());
        Duration first;
        try (ServerProcess server = server(jar, env, port)) {
            first = server.awaitReady(Duration.ofMinutes(3));
        }
        Duration again;
        double idle;
        try (ServerProcess server = server(jar, env, port)) {
            again = server.awaitReady(Duration.ofMinutes(1));
            Thread.sleep(2_000);
            idle = server.residentMib();
        }
        report.startUp(first, again, idle);
    }

    private void underLoad(Path jar, int checkoutClients, int catalogClients, int rxClients) throws Exception {
        TestDatabase db = PostgresExtension.createDatabase();
        String redis = RedisServers.shared().url();
        requireLoopback(URI.create(db.jdbcUrl().substring("jdbc:".length())), URI.create(redis));
        int port = FreePorts.next();
        Map<String, String> env = new HashMap<>(Map.of(
                "PORT",
                Integer.toString(port),
                "DATABASE_URL",
                db.postgresqlUrl(),
                "REDIS_URL",
                redis,
                "APOTHECA_REDIS_KEY_PREFIX",
                "load-" + System.nanoTime() + ":",
                "APOTHECA_DATA_DIR",
                Files.createTempDirectory("apotheca-load").toString(),
                "APOTHECA_ADMIN_EMAIL",
                PharmacySeed.ADMIN,
                "APOTHECA_ADMIN_PASSWORD",
                PharmacySeed.PASSWORD,
                "APOTHECA_UNPAID_ORDER_TTL",
                "PT2H",
                "APOTHECA_RATE_LIMIT_LOGIN",
                "100000/1m"));
        env.put("APOTHECA_RATE_LIMIT_REGISTER", "100000/1m");
        int clients = Math.max(checkoutClients, Math.max(catalogClients, rxClients));
        try (ServerProcess server = server(jar, env, port)) {
            server.awaitReady(Duration.ofMinutes(1));
            double idleBeforeSeed = server.residentMib();
            LoadClient api = new LoadClient(port, clients);
            PharmacySeed.Seeded pharmacy = PharmacySeed.seed(api, db, CATALOG, clients);
            PgBench pgbench = PgBench.prepare(db, CATALOG);
            try (MemorySampler memory = MemorySampler.of(server)) {
                catalog(api, catalogClients);
                checkouts(api, pharmacy, pgbench, checkoutClients);
                prescriptionFlow(api, pharmacy, rxClients);
                report.memory(idleBeforeSeed, memory.peakMib(), server.residentMib());
            }
        }
        report.invariant(StockInvariant.check(db));
    }

    private void catalog(LoadClient api, int clients) throws Exception {
        String page = "/api/v1/products?limit=20";
        LoadClient.Answer first = api.get(page, null);
        Path body = Files.createTempFile("catalog-page", ".json");
        Files.writeString(body, first.body());
        int barePort = FreePorts.next();
        LoadRun.Result bare;
        try (ServerProcess handler = ServerProcess.mainClass(
                BareHandler.class, List.of(Integer.toString(barePort), body.toString()), barePort)) {
            handler.awaitReady(Duration.ofSeconds(30));
            LoadClient bareClient = new LoadClient(barePort, clients);
            LoadRun.Iteration get = (c, r) -> r.record(true, () -> bareClient.get("/bare", null));
            LoadRun.run("bare", clients, WARM_UP, MAX_ITERATIONS, get);
            bare = LoadRun.run("bare Javalin handler, same bytes", clients, length, MAX_ITERATIONS, get);
        }
        LoadRun.Iteration listing = (c, r) -> r.record(true, () -> api.get(page, null));
        LoadRun.run("warm-up", clients, WARM_UP, MAX_ITERATIONS, listing);
        LoadRun.Result catalogPage = LoadRun.run("catalog page 1", clients, length, MAX_ITERATIONS, listing);
        List<String> words = PharmacySeed.Seeded.searchWords();
        LoadRun.Result search = LoadRun.run(
                "catalog search, one word",
                clients,
                length,
                MAX_ITERATIONS,
                (c, r) -> r.record(
                        true,
                        () -> api.get(
                                "/api/v1/products?limit=20&q="
                                        + words.get(ThreadLocalRandom.current().nextInt(words.size())),
                                null)));
        report.catalog(bare, catalogPage, search, first.body().length());
    }

    private void checkouts(LoadClient api, PharmacySeed.Seeded pharmacy, PgBench pgbench, int clients)
            throws Exception {
        LoadRun.run(
                "warm-up",
                clients,
                WARM_UP,
                MAX_ITERATIONS,
                checkout(api, pharmacy.customers(), List.of(pharmacy.hot())));
        LoadRun.Result hot = LoadRun.run(
                "hot-product checkout",
                clients,
                length,
                MAX_ITERATIONS,
                checkout(api, pharmacy.customers(), List.of(pharmacy.hot())));
        PgBench.Result hotCeiling = pgbench.run(1, clients, (int) length.toSeconds());
        LoadRun.Result spread = LoadRun.run(
                "spread checkout",
                clients,
                length,
                MAX_ITERATIONS,
                checkout(api, pharmacy.customers(), pharmacy.catalog()));
        PgBench.Result spreadCeiling = pgbench.run(CATALOG, clients, (int) length.toSeconds());
        report.checkout(hot, hotCeiling, spread, spreadCeiling, CATALOG);
    }

    /** One unit of a random product into the cart (not timed), then the timed checkout. */
    private static LoadRun.Iteration checkout(LoadClient api, List<String> customers, List<String> products) {
        return (client, r) -> {
            String token = customers.get(client);
            String product = products.get(ThreadLocalRandom.current().nextInt(products.size()));
            r.record(false, () -> api.put("/api/v1/cart/items/" + product, token, "{\"quantity\":1}"));
            if (r.record(true, () -> api.post("/api/v1/orders", token, LoadClient.CHECKOUT))
                            .status()
                    != 201) {
                r.record(false, () -> api.send("DELETE", "/api/v1/cart", token, null));
            }
        };
    }

    /** Cart, checkout, upload, claim, approve, cash on delivery, fulfil: a prescription order end to end. */
    private void prescriptionFlow(LoadClient api, PharmacySeed.Seeded pharmacy, int clients) throws Exception {
        String pharmacist = pharmacy.pharmacist();
        LoadRun.Result flow =
                LoadRun.run("prescription order, end to end", clients, length, MAX_ITERATIONS, (client, r) -> {
                    String token = pharmacy.customers().get(client);
                    r.record(
                            false,
                            () -> api.put(
                                    "/api/v1/cart/items/" + pharmacy.prescriptionOnly(), token, "{\"quantity\":1}"));
                    LoadClient.Answer order =
                            r.record(true, () -> api.post("/api/v1/orders", token, LoadClient.CHECKOUT));
                    if (order.status() != 201) {
                        r.record(false, () -> api.send("DELETE", "/api/v1/cart", token, null));
                        return;
                    }
                    String orderId = order.json().path("id").asText();
                    LoadClient.Answer upload = r.record(
                            true,
                            () -> api.upload(
                                    "/api/v1/prescriptions",
                                    token,
                                    "orderId",
                                    orderId,
                                    "prescription.pdf",
                                    "application/pdf",
                                    PRESCRIPTION));
                    if (upload.status() != 201) {
                        return;
                    }
                    String rx = upload.json().path("id").asText();
                    if (r.record(true, () -> api.post("/api/v1/prescriptions/" + rx + "/claim", pharmacist, null))
                                            .status()
                                    != 200
                            || r.record(
                                                    true,
                                                    () -> api.post(
                                                            "/api/v1/prescriptions/" + rx + "/approve",
                                                            pharmacist,
                                                            null))
                                            .status()
                                    != 200
                            || r.record(
                                                    true,
                                                    () -> api.post(
                                                            "/api/v1/orders/" + orderId + "/payment",
                                                            token,
                                                            "{\"method\":\"cash_on_delivery\"}"))
                                            .status()
                                    != 200) {
                        return;
                    }
                    r.record(true, () -> api.post("/api/v1/orders/" + orderId + "/fulfil", pharmacist, null));
                });
        report.prescriptionFlow(flow);
    }

    private static void requireLoopback(URI... addresses) {
        for (URI address : addresses) {
            if (!LOOPBACK.contains(address.getHost())) {
                throw new IllegalStateException("the harness only loads loopback; refusing " + address.getHost());
            }
        }
    }
}
