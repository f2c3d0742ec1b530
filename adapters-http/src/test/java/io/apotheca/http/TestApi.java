package io.apotheca.http;

import io.apotheca.application.health.port.in.CheckReadinessUseCase;
import io.apotheca.application.health.port.in.CheckReadinessUseCase.DependencyStatus;
import io.apotheca.application.health.port.in.CheckReadinessUseCase.Readiness;
import io.apotheca.http.health.HealthResource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** The real API on a free port, with a switchable database probe and extra test resources. */
final class TestApi implements AutoCloseable {

    final AtomicBoolean databaseUp = new AtomicBoolean(true);
    final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    TestApi(Resource... extra) {
        AtomicLong counter = new AtomicLong();
        CheckReadinessUseCase readiness =
                () -> new Readiness(List.of(new DependencyStatus("database", databaseUp.get())));
        List<Resource> resources = new java.util.ArrayList<>(List.of(new HealthResource(readiness)));
        resources.addAll(List.of(extra));
        server = HttpServer.start(
                new HttpSettings(
                        "127.0.0.1",
                        0,
                        1_000_000,
                        Duration.ofSeconds(10),
                        List.of(),
                        HttpSettings.DEFAULT_MAX_THREADS,
                        Duration.ofSeconds(10),
                        16_384),
                HttpMetrics.unscraped(),
                () -> new UUID(0x0123L, counter.incrementAndGet()),
                token -> java.util.Optional.empty(),
                callers -> resources,
                List.of());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(20));
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    @Override
    public void close() {
        server.close();
    }
}
