package io.apotheca.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.events.PublishedEvent;
import io.apotheca.application.outbound.WebhookSignature;
import io.apotheca.application.outbound.port.out.WebhookTransport.Attempt;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Posts to a real HTTP server on loopback (allowed here, as in the tests of the whole pharmacy). */
class HttpWebhookTransportTest {

    private static final PublishedEvent EVENT = PublishedEvent.of(new DomainEvent(
            UUID.randomUUID(),
            "order.paid",
            "order",
            UUID.randomUUID().toString(),
            Map.of("amount", "1299", "currency", "EUR", "status", "PAID"),
            Instant.parse("2026-12-04T10:00:00Z")));

    private final WebhookSettings settings = new WebhookSettings(Duration.ofSeconds(1), Duration.ofMillis(700), true);
    private final HttpWebhookTransport transport = new HttpWebhookTransport(settings, Clock.systemUTC());
    private final AtomicReference<String> signature = new AtomicReference<>();
    private final AtomicReference<byte[]> body = new AtomicReference<>();
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", exchange -> {
            signature.set(exchange.getRequestHeaders().getFirst("Apotheca-Signature"));
            body.set(exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + port() + "/ok");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void a_delivery_is_signed_so_that_each_secret_in_use_verifies() {
        Attempt attempt = transport.post(url("/ok"), EVENT, List.of("whsec_new", "whsec_old"));

        assertThat(attempt.delivered()).isTrue();
        assertThat(attempt.status()).hasValue(204);
        assertThat(new String(body.get(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"type\":\"order.paid\"", "\"amount\":{\"amount\":1299,\"currency\":\"EUR\"}");
        for (String secret : List.of("whsec_new", "whsec_old")) {
            assertThat(WebhookSignature.verifies(
                            signature.get(), body.get(), secret, Instant.now(), Duration.ofMinutes(5)))
                    .isTrue();
        }
        assertThat(WebhookSignature.verifies(
                        signature.get(), body.get(), "whsec_other", Instant.now(), Duration.ofMinutes(5)))
                .isFalse();
    }

    @Test
    void a_redirect_is_not_followed_and_counts_as_a_failure() {
        Attempt attempt = transport.post(url("/moved"), EVENT, List.of("whsec_s"));

        assertThat(attempt.delivered()).isFalse();
        assertThat(attempt.status()).hasValue(302);
        assertThat(body.get()).isNull();
    }

    @Test
    void a_receiver_that_never_answers_fails_after_the_timeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            long started = System.nanoTime();
            Attempt attempt =
                    transport.post(URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/"), EVENT, List.of("s"));

            assertThat(attempt.delivered()).isFalse();
            assertThat(attempt.error()).hasValue("timed out");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void an_inward_address_is_refused_at_delivery_when_not_allowed() {
        HttpWebhookTransport guarded = new HttpWebhookTransport(WebhookSettings.DEFAULTS, Clock.systemUTC());

        Attempt attempt = guarded.post(url("/ok"), EVENT, List.of("s"));

        assertThat(attempt.delivered()).isFalse();
        assertThat(attempt.error()).get().asString().startsWith("refused");
        assertThat(body.get()).isNull();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    private int port() {
        return server.getAddress().getPort();
    }
}
