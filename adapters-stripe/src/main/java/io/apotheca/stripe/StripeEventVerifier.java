package io.apotheca.stripe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import io.apotheca.application.payment.port.out.ProviderEvent;
import io.apotheca.application.payment.port.out.ProviderEventVerifier;
import io.apotheca.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks Stripe's {@code Stripe-Signature} ({@code t=…,v1=…}: an HMAC-SHA256 of {@code t.body}
 * under the webhook secret) with stripe-java's own verifier, refusing signatures older than five
 * minutes, then reads the few fields Apotheca acts on from the event's object (a PaymentIntent or
 * a Refund). Nothing is read before the signature checks out.
 */
final class StripeEventVerifier implements ProviderEventVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(StripeEventVerifier.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final long TOLERANCE_SECONDS = 300;

    private final String webhookSecret;
    private final Clock clock;

    StripeEventVerifier(String webhookSecret, Clock clock) {
        this.webhookSecret = webhookSecret;
        this.clock = clock;
    }

    @Override
    public Optional<ProviderEvent> verify(String payload, String signatureHeader) {
        try {
            Webhook.Signature.verifyHeader(payload, signatureHeader, webhookSecret, TOLERANCE_SECONDS, clock);
        } catch (SignatureVerificationException e) {
            LOG.info("webhook refused: {}", e.getMessage());
            return Optional.empty();
        }
        try {
            return Optional.of(read(JSON.readTree(payload)));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("webhook signed but unreadable ({})", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static ProviderEvent read(JsonNode event) {
        JsonNode object = event.path("data").path("object");
        String kind = text(object, "object").orElse("");
        boolean refund = kind.equals("refund");
        Optional<String> providerPaymentId =
                kind.equals("payment_intent") ? text(object, "id") : text(object, "payment_intent");
        Optional<Long> amount = refund
                ? number(object, "amount")
                : number(object, "amount_received").filter(a -> a > 0).or(() -> number(object, "amount"));
        Optional<Money> money =
                amount.flatMap(a -> text(object, "currency").map(c -> Money.of(a, c.toUpperCase(Locale.ROOT))));
        JsonNode error = object.path("last_payment_error");
        Optional<String> failure = text(error, "decline_code").or(() -> text(error, "code"));
        return new ProviderEvent(
                text(event, "id").orElseThrow(),
                text(event, "type").orElseThrow(),
                Instant.ofEpochSecond(number(event, "created").orElseThrow()),
                providerPaymentId,
                text(object.path("metadata"), "paymentId"),
                refund ? text(object, "id") : Optional.empty(),
                money,
                text(object, "status"),
                failure);
    }

    private static Optional<String> text(JsonNode object, String field) {
        JsonNode value = object.path(field);
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static Optional<Long> number(JsonNode object, String field) {
        JsonNode value = object.path(field);
        return value.isIntegralNumber() ? Optional.of(value.asLong()) : Optional.empty();
    }
}
