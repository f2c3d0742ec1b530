package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar, as a newcomer runs it: {@code java -jar bootstrap/target/apotheca.jar}, then the
 * README's {@code scripts/run} (the same jar, with its memory-bounded JVM options), with nothing
 * configured but a port and a data folder.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "apotheca.jar");
    private static final Path LAUNCHER = Path.of("..", "scripts", "run");
    private static final Duration READY_WITHIN = Duration.ofSeconds(30);

    @TempDir
    Path workDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void with_nothing_configured_it_is_ready_in_time_keeps_its_data_and_stops_cleanly_on_sigterm() throws Exception {
        Path dataDir = workDir.resolve("data");

        JarRun first = JarRun.start(JAR, workDir, Map.of("PORT", freePort(), "APOTHECA_DATA_DIR", dataDir.toString()));
        Duration firstReady = first.awaitReady(http, READY_WITHIN);
        HttpResponse<String> missing = send(first.port(), "/api/v1/nothing", "jar-test-404");
        int firstExit = first.terminate();

        // the second start is the README's command: the launcher, with its memory-bounded JVM
        JarRun second =
                JarRun.launch(LAUNCHER, workDir, Map.of("PORT", freePort(), "APOTHECA_DATA_DIR", dataDir.toString()));
        Duration secondReady = second.awaitReady(http, READY_WITHIN);
        List<String> secondJvm =
                second.process().info().arguments().map(List::of).orElse(List.of());
        int secondExit = second.terminate();

        assertThat(firstReady).isLessThan(READY_WITHIN);
        assertThat(secondReady).isLessThan(READY_WITHIN);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(missing.headers().firstValue("X-Request-Id")).hasValue("jar-test-404");
        assertThat(firstExit).as("exit status after SIGTERM").isEqualTo(143);
        assertThat(secondExit).isEqualTo(143);
        assertThat(secondJvm).contains("-XX:+UseSerialGC", "-Xmx96m", "-jar");
        assertThat(first.output()).contains("Embedded PostgreSQL initialised", "Apotheca stopped");
        assertThat(second.output())
                .contains("Embedded PostgreSQL reopened", "(0 migrations applied now)", "Apotheca stopped");
        assertThat(dataDir.resolve("postgres").resolve("postmaster.pid"))
                .as("the embedded PostgreSQL was shut down")
                .doesNotExist();
        System.out.printf(
                "jar ready after %d ms (first start), %d ms (restart)%n",
                firstReady.toMillis(), secondReady.toMillis());
    }

    @Test
    void a_database_url_of_another_kind_stops_start_up_naming_the_variable() throws Exception {
        JarRun run = JarRun.start(JAR, workDir, Map.of("DATABASE_URL", "mysql://x"));

        assertThat(run.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(run.process().exitValue()).isEqualTo(2);
        assertThat(run.output()).contains("DATABASE_URL");
        assertThat(Files.exists(workDir.resolve(".apotheca")))
                .as("nothing was created")
                .isFalse();
    }

    private HttpResponse<String> send(int port, String path, String requestId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Request-Id", requestId)
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        TestPharmacy.keepsToContract(request, null, response, response.body());
        return response;
    }

    private static String freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return Integer.toString(socket.getLocalPort());
        }
    }
}
