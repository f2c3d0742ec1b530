package io.apotheca.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.config.RoutesConfig;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    /** A resource that reads JSON the way every real handler does, and one that breaks. */
    static final class Probes implements Resource {
        record Greeting(String name) {}

        @Override
        public void register(RoutesConfig routes) {
            routes.post("/test/echo", ctx -> ctx.json(ctx.bodyAsClass(Greeting.class)));
            routes.get("/test/boom", ctx -> {
                throw new IllegalStateException("org.postgresql.util.PSQLException: relation secret_table");
            });
        }
    }

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = new TestApi(new Probes());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void an_unknown_route_is_a_404_problem() throws Exception {
        HttpResponse<String> response = api.get("/api/v1/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertProblem(response, "not_found");
    }

    @Test
    void a_wrong_method_is_a_405_problem_naming_the_allowed_ones() throws Exception {
        HttpResponse<String> response =
                api.send(api.request("/health/live").DELETE().build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertProblem(response, "method_not_allowed");
        assertThat(response.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void malformed_json_is_a_400_problem() throws Exception {
        HttpResponse<String> response = api.send(api.request("/test/echo")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"name\": "))
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, "malformed_json");
    }

    @Test
    void a_value_of_the_wrong_type_is_a_400_validation_problem_naming_the_field() throws Exception {
        HttpResponse<String> response = api.send(api.request("/test/echo")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"name\": 12}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, "validation_failed");
        assertThat(response.body()).contains("\"field\":\"name\"", "must be text");
    }

    @Test
    void a_json_array_where_an_object_belongs_is_malformed_json() throws Exception {
        HttpResponse<String> response = api.send(api.request("/test/echo")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("[]"))
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, "malformed_json");
    }

    @Test
    void well_formed_json_with_unknown_fields_is_read() throws Exception {
        HttpResponse<String> response = api.send(api.request("/test/echo")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"name\":\"Ada\",\"unknown\":1}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"name\":\"Ada\"}");
    }

    /**
     * Only the head is sent, as a client waiting for {@code 100 Continue} would: the refusal comes on
     * the declared length alone, before any of the body. (A client that goes on writing a megabyte may
     * find the connection closed under it, as HTTP allows; that race is not what this test is about.)
     */
    @Test
    void a_body_declared_larger_than_one_megabyte_is_a_413_problem_before_any_of_it_is_sent() throws Exception {
        URI echo = api.request("/test/echo").build().uri();
        try (Socket socket = new Socket(echo.getHost(), echo.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST /test/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000001\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 413 ");
            assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
            assertThat(answer).contains("\"code\":\"payload_too_large\"");
        }
    }

    @Test
    void a_streamed_body_larger_than_one_megabyte_is_a_413_problem() throws Exception {
        byte[] big = ("{\"name\":\"" + "a".repeat(1_100_000) + "\"}").getBytes();
        HttpResponse<String> response = api.send(api.request("/test/echo")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertProblem(response, "payload_too_large");
    }

    @Test
    void an_unexpected_exception_is_a_500_problem_that_reveals_nothing_inside() throws Exception {
        HttpResponse<String> response = api.get("/test/boom");

        assertThat(response.statusCode()).isEqualTo(500);
        assertProblem(response, "internal_error");
        assertThat(response.body())
                .doesNotContain("PSQLException", "secret_table", "IllegalStateException", "at io.apotheca");
    }

    private static void assertProblem(HttpResponse<String> response, String code) throws Exception {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        @SuppressWarnings("unchecked")
        Map<String, Object> body = JsonMapping.objectMapper().readValue(response.body(), Map.class);
        assertThat(body).containsEntry("code", code).containsEntry("status", response.statusCode());
        assertThat(body).containsKeys("type", "title", "detail");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }
}
