package io.apotheca.bench;

import io.apotheca.testsupport.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The ceiling a checkout is measured against: pgbench running the bare transaction every checkout
 * must at least do, a conditional decrement of a product's stock and an order row, on the same
 * PostgreSQL, at the same number of clients.
 */
final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final String SCRIPT = """
            \\set pid random(1, :products)
            BEGIN;
            UPDATE bench_stock SET quantity = quantity - 1 WHERE id = :pid AND quantity >= 1;
            INSERT INTO bench_orders (product_id) VALUES (:pid);
            END;
            """;

    record Result(double tps, double p50, double p99) {}

    private final TestDatabase db;
    private final Path work;

    private PgBench(TestDatabase db, Path work) {
        this.db = db;
        this.work = work;
    }

    /** Creates the two bare tables beside the application's, with {@code products} rows of ample stock. */
    static PgBench prepare(TestDatabase db, int products) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement sql = connection.createStatement()) {
            sql.execute(
                    "CREATE TABLE bench_stock (id integer PRIMARY KEY, quantity integer NOT NULL CHECK (quantity >= 0))");
            sql.execute("CREATE TABLE bench_orders (id bigserial PRIMARY KEY, product_id integer NOT NULL,"
                    + " placed_at timestamptz NOT NULL DEFAULT now())");
            sql.execute("INSERT INTO bench_stock SELECT n, 1000000000 FROM generate_series(1, " + products + ") n");
        }
        Path work = Files.createTempDirectory("pgbench");
        Files.writeString(work.resolve("checkout.sql"), SCRIPT, StandardCharsets.UTF_8);
        return new PgBench(db, work);
    }

    /** Runs the bare transaction over {@code products} rows for {@code seconds}. */
    Result run(int products, int clients, int seconds) throws IOException, InterruptedException {
        URI address = URI.create(db.jdbcUrl().substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of(
                "pgbench",
                "-n",
                "-c",
                Integer.toString(clients),
                "-j",
                "2",
                "-T",
                Integer.toString(seconds),
                "-D",
                "products=" + products,
                "-f",
                work.resolve("checkout.sql").toString(),
                "-l",
                "--log-prefix=" + work.resolve("tx"),
                "-h",
                address.getHost(),
                "-p",
                Integer.toString(address.getPort() == -1 ? 5432 : address.getPort()),
                "-U",
                db.username(),
                address.getPath().substring(1)));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", db.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("no tps in pgbench's output:\n" + output);
        }
        long[] latencies = latencies();
        return new Result(
                Double.parseDouble(tps.group(1)), Percentiles.ms(latencies, 0.50), Percentiles.ms(latencies, 0.99));
    }

    /** Each transaction's latency from pgbench's per-transaction logs (third column, microseconds), sorted; the logs are removed. */
    private long[] latencies() throws IOException {
        List<Path> logs;
        try (Stream<Path> files = Files.list(work)) {
            logs = files.filter(f -> f.getFileName().toString().startsWith("tx"))
                    .toList();
        }
        List<Long> nanos = new ArrayList<>();
        for (Path log : logs) {
            for (String line : Files.readAllLines(log)) {
                String[] columns = line.split(" ");
                if (columns.length > 2) {
                    nanos.add(Long.parseLong(columns[2]) * 1_000);
                }
            }
            Files.delete(log);
        }
        return nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    }
}
