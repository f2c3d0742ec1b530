package io.apotheca.stripe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import io.apotheca.application.payment.port.out.ProviderEvent;
import io.apotheca.application.payment.port.out.ProviderEventVerifier;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks Stripe's {@code Stripe-Signature} ({@code t=…,v1=…}: an HMAC-SHA256 of {@code t.body}
 * under the webhook secret) with stripe-java's own verifier, refusing signatures older than five
 * minutes or dated more than a minute ahead of this server's clock, and any header it cannot read;
 * then reads the few fields Apotheca acts on from the event's object (a PaymentIntent or a Refund).
 * An event from the other mode than the API key's (a live event at a test key, or the reverse) is
 * refused too: it was signed for another account's endpoint. Nothing is read before the signature
 * checks out.
 */
final class StripeProviderEventVerifier implements ProviderEventVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(StripeProviderEventVerifier.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final long TOLERANCE_SECONDS = 300;
    /** How far ahead of this server's clock a signature may be dated: clocks drift, but not by minutes. */
    static final long CLOCK_SKEW_SECONDS = 60;

    private final String webhookSecret;
    private final boolean liveMode;
    private final Clock clock;

    StripeProviderEventVerifier(String webhookSecret, boolean liveMode, Clock clock) {
        this.webhookSecret = webhookSecret;
        this.liveMode = liveMode;
        this.clock = clock;
    }

    @Override
    public Optional<ProviderEvent> verify(String payload, String signatureHeader) {
        try {
            Webhook.Signature.verifyHeader(payload, signatureHeader, webhookSecret, TOLERANCE_SECONDS, clock);
        } catch (SignatureVerificationException | RuntimeException e) {
            // stripe-java reads t= with Long.parseLong: "t=abc" is a refusal, not a server error
            LOG.info("webhook refused: {}", e.getMessage());
            return Optional.empty();
        }
        long signedAt;
        try {
            signedAt = signedAt(signatureHeader);
        } catch (NumberFormatException e) {
            LOG.info("webhook refused: {}", e.getMessage());
            return Optional.empty();
        }
        if (signedAt > clock.instant().getEpochSecond() + CLOCK_SKEW_SECONDS) {
            LOG.info("webhook refused: signed at {}, ahead of this server's clock", signedAt);
            return Optional.empty();
        }
        try {
            JsonNode event = JSON.readTree(payload);
            if (!event.path("livemode").isBoolean() || event.path("livemode").asBoolean() != liveMode) {
                LOG.warn(
                        "webhook refused: an event of the other mode than the API key's ({})",
                        liveMode ? "live" : "test");
                return Optional.empty();
            }
            return Optional.of(StripeEventTranslation.translate(event));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("webhook signed but unreadable ({})", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /**
     * The {@code t=} of a header stripe-java has verified, read exactly as stripe-java reads it (the
     * first item named {@code t}, untrimmed), so that the time checked here is the time it signed.
     */
    private static long signedAt(String signatureHeader) {
        for (String item : signatureHeader.split(",", -1)) {
            String[] pair = item.split("=", 2);
            if (pair.length == 2 && pair[0].equals("t")) {
                return Long.parseLong(pair[1]);
            }
        }
        throw new NumberFormatException("no t= in the signature");
    }
}
