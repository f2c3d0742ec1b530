package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import io.apotheca.stripe.fake.FakeStripeServer;
import io.apotheca.testsupport.PostgresExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.logstash.logback.encoder.LogstashEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The log of a whole scenario, as the production encoder writes it: one JSON object per line, one
 * line per request and per domain event, and never a password, a token, a client secret, a Stripe
 * key or a word of a prescription.
 */
class LogSecretsIT {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @TempDir
    static Path dataDir;

    @Test
    void a_full_scenario_logs_every_request_and_event_as_json_and_no_secret() throws Exception {
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        captured.setContext(root.getLoggerContext());
        captured.start();
        root.addAppender(captured);
        List<String> secrets = new ArrayList<>(List.of(FakeStripeServer.SECRET_KEY, FakeStripeServer.WEBHOOK_SECRET));
        String prescriptionWords = "Take-two-tablets-" + UUID.randomUUID();
        try (TestPharmacy pharmacy = TestPharmacy.start(postgres.database(), dataDir, Map.of())) {
            secrets.add(TestPharmacy.PASSWORD);
            Account customer = pharmacy.customer();
            secrets.addAll(List.of(customer.accessToken(), customer.refreshToken()));
            Response wrong = pharmacy.post(
                    "/api/v1/auth/login",
                    null,
                    Map.of("email", customer.email(), "password", "wrong " + TestPharmacy.PASSWORD));
            assertThat(wrong.status()).isEqualTo(401);
            Response refreshed =
                    pharmacy.post("/api/v1/auth/refresh", null, Map.of("refreshToken", customer.refreshToken()));
            secrets.addAll(List.of(refreshed.text("accessToken"), refreshed.text("refreshToken")));

            String category = pharmacy.category("logs");
            String syrup = pharmacy.product(category, "Cough syrup", 800, false);
            pharmacy.receive(syrup, "LOG-1", 400, 20);
            String amoxicillin = pharmacy.product(category, "Amoxicillin", 1250, true);
            pharmacy.receive(amoxicillin, "LOG-2", 400, 20);
            pharmacy.addToCart(customer, syrup, 1);
            String order = pharmacy.checkout(customer).text("id");
            Response intent = pharmacy.payByCard(customer, order);
            secrets.add(intent.text("clientSecret"));
            pharmacy.webhook(pharmacy.stripe.succeed(intent.text("providerPaymentId")));
            pharmacy.addToCart(customer, amoxicillin, 1);
            String rxOrder = pharmacy.checkout(customer).text("id");
            Response uploaded = pharmacy.upload(
                    customer.accessToken(),
                    rxOrder,
                    "script.pdf",
                    "application/pdf",
                    ("%PDF-1.7\n% " + prescriptionWords + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
            assertThat(uploaded.status()).isEqualTo(201);
            secrets.add(prescriptionWords);
            pharmacy.post("/api/v1/auth/password-reset", null, Map.of("email", customer.email()));
            // events reach the log through the outbox relay, every 2 s
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> List.copyOf(captured.list).stream()
                            .anyMatch(e -> "prescription.uploaded"
                                    .equals(e.getMDCPropertyMap().get("eventType"))));
        } finally {
            root.detachAppender(captured);
        }

        LogstashEncoder encoder = new LogstashEncoder();
        encoder.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        encoder.start();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(captured.list)) {
            String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
            assertThat(line.strip()).doesNotContain("\n");
            lines.add(json.readTree(line));
        }
        String log = lines.toString();

        for (String secret : secrets) {
            assertThat(log)
                    .as("the log must not hold " + secret.substring(0, Math.min(6, secret.length())) + "…")
                    .doesNotContain(secret);
        }
        assertThat(lines.stream().filter(l -> l.path("logger_name").asText().equals("io.apotheca.http.requests")))
                .hasSizeGreaterThanOrEqualTo(15)
                .allSatisfy(
                        l -> assertThat(l.has("route") && l.has("status") && l.has("durationMs") && l.has("requestId"))
                                .isTrue());
        assertThat(lines.stream()
                        .filter(l -> l.path("logger_name").asText().equals("io.apotheca.events"))
                        .map(l -> l.path("eventType").asText()))
                .contains("order.placed", "order.paid", "prescription.uploaded");
    }
}
