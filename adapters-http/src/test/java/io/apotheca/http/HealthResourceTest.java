package io.apotheca.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HealthResourceTest {

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = new TestApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void live_answers_while_the_process_runs() throws Exception {
        HttpResponse<String> response = api.get("/health/live");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }

    @Test
    void ready_follows_the_database() throws Exception {
        api.databaseUp.set(true);
        HttpResponse<String> up = api.get("/health/ready");
        api.databaseUp.set(false);
        HttpResponse<String> down = api.get("/health/ready");
        api.databaseUp.set(true);

        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(down.body()).contains("\"code\":\"not_ready\"", "\"database\":\"DOWN\"");
    }
}
