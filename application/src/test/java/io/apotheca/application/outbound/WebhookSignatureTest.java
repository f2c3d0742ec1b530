package io.apotheca.application.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final Instant AT = Instant.parse("2026-12-04T10:00:00Z");
    private static final byte[] BODY = "{\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void the_header_is_stripes_scheme_an_hmac_of_time_dot_body_per_secret() {
        String header = WebhookSignature.header(AT, BODY, List.of("whsec_a"));

        // HMAC-SHA256("whsec_a", "1796378400.{\"id\":\"1\"}"), computed independently with `openssl dgst -sha256 -hmac`
        assertThat(header)
                .isEqualTo("t=1796378400,v1=841260912403c228a73a2a1f27d5d41e092ca83e6584930294d94374ca789fde");
    }

    @Test
    void a_receiver_verifies_with_its_secret_and_refuses_a_changed_body_another_secret_or_an_old_time() {
        String header = WebhookSignature.header(AT, BODY, List.of("whsec_new", "whsec_old"));
        Duration tolerance = Duration.ofMinutes(5);

        assertThat(WebhookSignature.verifies(header, BODY, "whsec_old", AT.plusSeconds(60), tolerance))
                .isTrue();
        assertThat(WebhookSignature.verifies(header, BODY, "whsec_new", AT, tolerance))
                .isTrue();
        assertThat(WebhookSignature.verifies(
                        header, "{\"id\":\"2\"}".getBytes(StandardCharsets.UTF_8), "whsec_new", AT, tolerance))
                .isFalse();
        assertThat(WebhookSignature.verifies(header, BODY, "whsec_other", AT, tolerance))
                .isFalse();
        assertThat(WebhookSignature.verifies(header, BODY, "whsec_new", AT.plus(Duration.ofMinutes(6)), tolerance))
                .isFalse();
        assertThat(WebhookSignature.verifies("v1=abc", BODY, "whsec_new", AT, tolerance))
                .isFalse();
        assertThat(WebhookSignature.verifies(null, BODY, "whsec_new", AT, tolerance))
                .isFalse();
    }
}
