package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bodies that trickle in a byte at a time (slowloris) against a server with few workers: none holds
 * a worker while it trickles; as many as there are workers are gathered and answered 408 at their
 * deadline, the rest 503 at once; and ordinary requests sent meanwhile are all answered at once.
 * Before, every such connection held a worker for as long as it pleased and was never answered.
 */
class SlowBodiesIT {

    private static final int WORKERS = 16;
    private static final int SLOW_CLIENTS = 40;

    @RegisterExtension
    static final RunningPharmacy running =
            new RunningPharmacy(Map.of("APOTHECA_HTTP_THREADS", Integer.toString(WORKERS)));

    private static TestPharmacy pharmacy;

    @Test
    void many_trickling_bodies_are_408_within_seconds_while_ordinary_requests_are_all_answered() throws Exception {
        int port = pharmacy.app.port();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> quiet = timeOrdinaryRequests(http, port, 10);
        ExecutorService slow = Executors.newFixedThreadPool(SLOW_CLIENTS);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                answers.add(slow.submit(() -> trickle(port)));
            }
            Thread.sleep(500); // the slow bodies have started and hold what workers they can

            List<Long> underAttack = timeOrdinaryRequests(http, port, 30);

            List<String> firstLines = new ArrayList<>();
            for (Future<String> answer : answers) {
                firstLines.add(answer.get(30, TimeUnit.SECONDS));
            }
            System.out.printf(
                    "ordinary requests, ms: quiet median %d max %d; under %d slow bodies median %d max %d%n",
                    median(quiet),
                    Collections.max(quiet),
                    SLOW_CLIENTS,
                    median(underAttack),
                    Collections.max(underAttack));
            // each refused: 408 at its deadline, or 503 at once past the bodies gathered together
            assertThat(firstLines).allSatisfy(line -> assertThat(line).matches("HTTP/1\\.1 (408|503) .*"));
            assertThat(firstLines)
                    .filteredOn(line -> line.startsWith("HTTP/1.1 408"))
                    .hasSize(WORKERS);
            assertThat(underAttack).hasSize(30);
        } finally {
            slow.shutdownNow();
        }
    }

    /** Sends {@code count} ordinary requests one after another; each must be answered 200 within ten seconds. */
    private static List<Long> timeOrdinaryRequests(HttpClient http, int port, int count) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/products?limit=5"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            millis.add((System.nanoTime() - start) / 1_000_000);
            Thread.sleep(50);
        }
        return millis;
    }

    /**
     * Declares a 200-byte login body and sends it a byte every half second, for at most 25 seconds;
     * returns the first line of the answer, or what happened instead.
     */
    private static String trickle(int port) throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 200\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(25);
            while (System.nanoTime() < deadline) {
                try {
                    out.write('{');
                    out.flush();
                } catch (IOException closed) {
                    // the server answered and closed; read what it said
                }
                try {
                    byte[] buffer = new byte[64];
                    int read = in.read(buffer);
                    return read < 0
                            ? "closed without an answer"
                            : new String(buffer, 0, read, StandardCharsets.US_ASCII)
                                    .lines()
                                    .findFirst()
                                    .orElse("");
                } catch (java.net.SocketTimeoutException stillWaiting) {
                    // no answer yet: another byte
                }
            }
            return "still open after 25 s";
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
