package io.apotheca.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RequestLogTest {

    @Test
    void each_request_is_logged_with_its_id_method_route_status_and_duration() throws Exception {
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        Logger requests = (Logger) LoggerFactory.getLogger("io.apotheca.http.requests");
        requests.addAppender(captured);
        try (TestApi api = new TestApi()) {
            api.send(api.request("/health/ready")
                    .header("X-Request-Id", "req-42")
                    .build());
        } finally {
            requests.detachAppender(captured);
        }

        assertThat(captured.list).hasSize(1);
        Map<String, String> fields = captured.list.get(0).getMDCPropertyMap();
        assertThat(fields)
                .containsEntry("requestId", "req-42")
                .containsEntry("method", "GET")
                .containsEntry("route", "/health/ready")
                .containsEntry("status", "200")
                .containsKey("durationMs");
    }
}
