package io.apotheca.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One bounded load run: a fixed number of closed-loop clients repeat one iteration (a catalog
 * request, a checkout, a whole prescription order) until the time is up or each has done its
 * most; never longer, never more. Clients run on virtual threads where the JDK has them.
 */
final class LoadRun {

    /** What one iteration sends, through which every request is counted and, when asked, timed. */
    interface Recorder {
        /** Counts the answer's status; times the request when {@code timed}. */
        LoadClient.Answer record(boolean timed, Supplier<LoadClient.Answer> request);
    }

    /** One iteration of a client; {@code client} is its index. */
    interface Iteration {
        void run(int client, Recorder recorder) throws Exception;
    }

    /**
     * What a run measured.
     *
     * @param name the scenario
     * @param clients how many clients
     * @param iterationsPerSecond completed iterations per second
     * @param requestsPerSecond answered requests per second
     * @param p50 median of the timed requests, ms
     * @param p95 95th percentile, ms
     * @param p99 99th percentile, ms
     * @param statuses answers by HTTP status (0: no answer)
     * @param machineCpuPerIteration the whole machine's busy CPU time during the run, per completed
     *     iteration, ms (every process counts: the server, the database, Redis, the load generator)
     */
    record Result(
            String name,
            int clients,
            double iterationsPerSecond,
            double requestsPerSecond,
            double p50,
            double p95,
            double p99,
            Map<Integer, Long> statuses,
            double machineCpuPerIteration) {

        long answered(int status) {
            return statuses.getOrDefault(status, 0L);
        }
    }

    private LoadRun() {}

    static Result run(String name, int clients, Duration length, int maxIterationsPerClient, Iteration iteration)
            throws Exception {
        long deadline = System.nanoTime() + length.toNanos();
        ExecutorService pool = clientThreads(clients);
        List<Future<ClientTally>> tallies = new ArrayList<>();
        long started = System.nanoTime();
        double busyBefore = MachineCpu.busySeconds();
        for (int c = 0; c < clients; c++) {
            int client = c;
            tallies.add(pool.submit(() -> {
                ClientTally tally = new ClientTally();
                for (int i = 0; i < maxIterationsPerClient && System.nanoTime() < deadline; i++) {
                    iteration.run(client, tally);
                    tally.iterations++;
                }
                return tally;
            }));
        }
        ClientTally all = new ClientTally();
        for (Future<ClientTally> tally : tallies) {
            all.add(tally.get(length.toSeconds() + 120, TimeUnit.SECONDS));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double busy = MachineCpu.busySeconds() - busyBefore;
        pool.shutdownNow();
        long[] sorted = Arrays.copyOf(all.samples, all.timed);
        Arrays.sort(sorted);
        long requests =
                all.statuses.values().stream().mapToLong(Long::longValue).sum();
        return new Result(
                name,
                clients,
                all.iterations / seconds,
                requests / seconds,
                Percentiles.ms(sorted, 0.50),
                Percentiles.ms(sorted, 0.95),
                Percentiles.ms(sorted, 0.99),
                all.statuses,
                busy * 1000 / Math.max(1, all.iterations));
    }

    /** Virtual threads on JDK 21 and later, platform threads on 17 (this module is compiled for 17). */
    private static ExecutorService clientThreads(int clients) {
        try {
            return (ExecutorService)
                    Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (ReflectiveOperationException olderJdk) {
            return Executors.newFixedThreadPool(clients);
        }
    }

    private static final class ClientTally implements Recorder {
        private long[] samples = new long[1 << 12];
        private int timed;
        private long iterations;
        private final Map<Integer, Long> statuses = new TreeMap<>();

        @Override
        public LoadClient.Answer record(boolean time, Supplier<LoadClient.Answer> request) {
            long start = System.nanoTime();
            LoadClient.Answer answer = request.get();
            if (time) {
                if (timed == samples.length) {
                    samples = Arrays.copyOf(samples, samples.length * 2);
                }
                samples[timed++] = System.nanoTime() - start;
            }
            statuses.merge(answer.status(), 1L, Long::sum);
            return answer;
        }

        void add(ClientTally other) {
            if (timed + other.timed > samples.length) {
                samples = Arrays.copyOf(samples, timed + other.timed);
            }
            System.arraycopy(other.samples, 0, samples, timed, other.timed);
            timed += other.timed;
            iterations += other.iterations;
            other.statuses.forEach((status, count) -> statuses.merge(status, count, Long::sum));
        }
    }
}
