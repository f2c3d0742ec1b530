package io.apotheca.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@link LoadHarness} prints: Markdown tables, ready for {@code docs/benchmarks.md}, and each
 * goal of the load issue with its verdict.
 */
final class Report {

    private static final double CATALOG_SHARE_GOAL = 0.5;
    private static final double CATALOG_P99_GOAL_MS = 25;
    private static final double HOT_GOAL = 1.0;
    private static final double SPREAD_GOAL = 0.5;
    private static final double READY_GOAL_S = 5;
    private static final double MEMORY_GOAL_MIB = 300;

    private final List<String> lines = new ArrayList<>();
    private final List<String> goals = new ArrayList<>();

    void machine(int seconds, int checkoutClients, int catalogClients, int rxClients, List<String> jvmOptions) {
        lines.add(String.format(
                "Machine: %d cores, %.1f GiB; %s %s; server JVM options: %s; %d s per run; clients: catalog %d,"
                        + " checkout %d, prescription flow %d.",
                Runtime.getRuntime().availableProcessors(),
                totalMemoryGib(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                jvmOptions.isEmpty() ? "none" : String.join(" ", jvmOptions),
                seconds,
                catalogClients,
                checkoutClients,
                rxClients));
    }

    void startUp(Duration first, Duration again, double idleMib) {
        lines.add("");
        lines.add("| start-up (packaged jar, embedded PostgreSQL) | time to ready |");
        lines.add("|---|---|");
        lines.add(String.format("| first start (initdb + migrations) | %.1f s |", first.toMillis() / 1000.0));
        lines.add(String.format("| again, on the existing database | %.1f s |", again.toMillis() / 1000.0));
        lines.add(String.format("| resident memory, idle after that start | %.0f MiB |", idleMib));
        goal("ready on an existing embedded database", again.toMillis() / 1000.0, READY_GOAL_S, "s", false);
    }

    void catalog(LoadRun.Result bare, LoadRun.Result page, LoadRun.Result search, int pageBytes) {
        lines.add("");
        lines.add("| request path (" + pageBytes
                + "-byte page) | clients | req/s | p50 | p95 | p99 | statuses | vs bare |");
        lines.add("|---|---|---|---|---|---|---|---|");
        lines.add(row(bare, bare.requestsPerSecond(), "1.00×"));
        lines.add(row(page, page.requestsPerSecond(), ratio(page.requestsPerSecond(), bare.requestsPerSecond())));
        lines.add(row(search, search.requestsPerSecond(), ratio(search.requestsPerSecond(), bare.requestsPerSecond())));
        goal(
                "catalog page, share of the bare handler's req/s",
                page.requestsPerSecond() / bare.requestsPerSecond(),
                CATALOG_SHARE_GOAL,
                "×",
                true);
        goal("catalog page p99", page.p99(), CATALOG_P99_GOAL_MS, "ms", false);
    }

    void checkout(
            LoadRun.Result hot,
            PgBench.Result hotCeiling,
            LoadRun.Result spread,
            PgBench.Result spreadCeiling,
            int rows) {
        lines.add("");
        lines.add(
                "| checkout (`POST /orders` timed) | clients | orders/s | p50 | p95 | p99 | statuses | machine CPU per order | pgbench tps | pgbench p50 | pgbench p99 | ratio |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|---|---|");
        lines.add(checkoutRow(hot, hotCeiling, "1 row"));
        lines.add(checkoutRow(spread, spreadCeiling, rows + " rows"));
        goal(
                "hot-product checkout vs pgbench, one row",
                hot.iterationsPerSecond() / hotCeiling.tps(),
                HOT_GOAL,
                "×",
                true);
        goal(
                "spread checkout vs pgbench, " + rows + " rows",
                spread.iterationsPerSecond() / spreadCeiling.tps(),
                SPREAD_GOAL,
                "×",
                true);
    }

    void prescriptionFlow(LoadRun.Result flow) {
        lines.add("");
        lines.add(
                "| prescription flow (cart, checkout, upload, claim, approve, cash, fulfil) | clients | orders/s | req/s | p50 | p95 | p99 | statuses |");
        lines.add("|---|---|---|---|---|---|---|---|");
        lines.add(String.format(
                "| %s | %d | %.1f | %.0f | %.1f ms | %.1f ms | %.1f ms | %s |",
                flow.name(),
                flow.clients(),
                flow.iterationsPerSecond(),
                flow.requestsPerSecond(),
                flow.p50(),
                flow.p95(),
                flow.p99(),
                statuses(flow.statuses())));
    }

    void memory(double idleMib, double peakMib, double afterMib) {
        lines.add("");
        lines.add("| resident memory of the Apotheca process (load run, with Redis) | MiB |");
        lines.add("|---|---|");
        lines.add(String.format("| idle, before seeding | %.0f |", idleMib));
        lines.add(String.format("| peak under load (sampled every 250 ms) | %.0f |", peakMib));
        lines.add(String.format("| right after the load | %.0f |", afterMib));
        goal("resident memory under load", peakMib, MEMORY_GOAL_MIB, "MiB", false);
    }

    void invariant(Map<String, Long> broken) {
        lines.add("");
        lines.add("| stock invariant, after the run | rows breaking it |");
        lines.add("|---|---|");
        broken.forEach((rule, count) -> lines.add("| " + rule + " | " + count + " |"));
        boolean whole = broken.values().stream().allMatch(count -> count == 0);
        goals.add("- stock invariant: " + (whole ? "PASS" : "FAIL"));
    }

    void print() {
        lines.forEach(System.out::println);
        System.out.println();
        System.out.println("Goals:");
        goals.forEach(System.out::println);
    }

    private void goal(String what, double measured, double target, String unit, boolean atLeast) {
        boolean met = atLeast ? measured >= target : measured <= target;
        goals.add(String.format(
                "- %s: %.2f %s (goal %s %.2f %s): %s",
                what,
                measured,
                unit,
                atLeast ? "≥" : "≤",
                target,
                unit,
                met ? "met" : String.format("missed by %.0f %%", 100 * Math.abs(measured - target) / target)));
    }

    private static String row(LoadRun.Result result, double perSecond, String ratio) {
        return String.format(
                "| %s | %d | %.0f | %.1f ms | %.1f ms | %.1f ms | %s | %s |",
                result.name(),
                result.clients(),
                perSecond,
                result.p50(),
                result.p95(),
                result.p99(),
                statuses(result.statuses()),
                ratio);
    }

    private static String checkoutRow(LoadRun.Result api, PgBench.Result bare, String rows) {
        return String.format(
                "| %s | %d | %.0f | %.1f ms | %.1f ms | %.1f ms | %s | %.2f ms | %.0f (%s) | %.1f ms | %.1f ms | %s |",
                api.name(),
                api.clients(),
                api.iterationsPerSecond(),
                api.p50(),
                api.p95(),
                api.p99(),
                statuses(api.statuses()),
                api.machineCpuPerIteration(),
                bare.tps(),
                rows,
                bare.p50(),
                bare.p99(),
                ratio(api.iterationsPerSecond(), bare.tps()));
    }

    private static String ratio(double measured, double ceiling) {
        return String.format("%.2f×", measured / ceiling);
    }

    private static String statuses(Map<Integer, Long> statuses) {
        StringBuilder text = new StringBuilder();
        statuses.forEach((status, count) -> text.append(text.length() == 0 ? "" : ", ")
                .append(count)
                .append(" × ")
                .append(status == 0 ? "no answer" : status));
        return text.toString();
    }

    private static double totalMemoryGib() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0;
                }
            }
        } catch (java.io.IOException unreadable) {
            // not Linux
        }
        return Double.NaN;
    }
}
