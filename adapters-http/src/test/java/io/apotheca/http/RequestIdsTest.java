package io.apotheca.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

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
    void a_sane_client_request_id_is_echoed() throws Exception {
        HttpResponse<String> response = api.send(api.request("/health/live")
                .header("X-Request-Id", "checkout-7f3a:retry.2")
                .build());

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("checkout-7f3a:retry.2");
    }

    @Test
    void an_overlong_or_unsafe_request_id_is_replaced_by_a_new_one() throws Exception {
        HttpResponse<String> overlong = api.send(api.request("/health/live")
                .header("X-Request-Id", "a".repeat(129))
                .build());
        HttpResponse<String> unsafe = api.send(
                api.request("/health/live").header("X-Request-Id", "<script>").build());

        assertThat(overlong.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).hasSize(36));
        assertThat(unsafe.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).doesNotContain("<"));
    }

    @Test
    void every_response_gets_a_request_id_even_an_error() throws Exception {
        HttpResponse<String> first = api.get("/nowhere");
        HttpResponse<String> second = api.get("/nowhere");

        assertThat(first.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(first.headers().firstValue("X-Request-Id"))
                .isNotEqualTo(second.headers().firstValue("X-Request-Id"));
    }
}
