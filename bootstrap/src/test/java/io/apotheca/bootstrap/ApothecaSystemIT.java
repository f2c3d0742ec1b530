package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.bootstrap.config.EnvironmentConfig;
import io.apotheca.testsupport.PostgresExtension;
import io.apotheca.testsupport.RedisExtension;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The whole graph, booted as in production on port 0 against a real PostgreSQL and Redis. */
class ApothecaSystemIT {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void boots_serves_and_stops_cleanly_on_postgres_and_redis() throws Exception {
        RunningApotheca apotheca = Apotheca.start(EnvironmentConfig.parse(Map.of(
                "PORT", "0",
                "DATABASE_URL", postgres.database().postgresqlUrl(),
                "REDIS_URL", redis.redis().url(),
                "APOTHECA_REDIS_KEY_PREFIX", redis.redis().keyPrefix(),
                "APOTHECA_DATA_DIR", dataDir.toString())));
        int port = apotheca.port();
        try {
            HttpResponse<String> ready = get(port, "/health/ready", "system-test-1");
            HttpResponse<String> missing = get(port, "/api/v1/nothing-here", "system-test-2");

            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("\"database\":\"UP\"", "\"redis\":\"UP\"");
            assertThat(ready.headers().firstValue("X-Request-Id")).hasValue("system-test-1");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(missing.body()).contains("\"code\":\"not_found\"");
            assertThat(missing.headers().firstValue("X-Request-Id")).hasValue("system-test-2");
        } finally {
            apotheca.stop();
        }

        assertThatThrownBy(() -> get(port, "/health/live", "after-stop")).isInstanceOf(ConnectException.class);
    }

    @Test
    void readiness_fails_with_a_503_problem_while_redis_does_not_answer() throws Exception {
        try (RunningApotheca apotheca = Apotheca.start(EnvironmentConfig.parse(Map.of(
                "PORT",
                "0",
                "DATABASE_URL",
                postgres.database().postgresqlUrl(),
                "REDIS_URL",
                "redis://127.0.0.1:1",
                "APOTHECA_DATA_DIR",
                dataDir.toString())))) {
            HttpResponse<String> ready = get(apotheca.port(), "/health/ready", "no-redis");

            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("\"code\":\"not_ready\"", "\"redis\":\"DOWN\"", "\"database\":\"UP\"");
        }
    }

    @Test
    void a_database_that_cannot_be_reached_stops_start_up() {
        assertThatThrownBy(() -> Apotheca.start(EnvironmentConfig.parse(Map.of(
                        "PORT", "0",
                        "DATABASE_URL", "postgresql://postgres@127.0.0.1:1/none",
                        "APOTHECA_DATA_DIR", dataDir.toString()))))
                .isInstanceOf(RuntimeException.class);
    }

    private HttpResponse<String> get(int port, String path, String requestId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Request-Id", requestId)
                .timeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        TestPharmacy.keepsToContract(request, null, response, response.body());
        return response;
    }
}
