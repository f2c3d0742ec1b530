package io.apotheca.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import io.apotheca.application.payment.port.out.ProviderEvent;
import io.apotheca.application.payment.port.out.ProviderEvent.NothingToDo;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentAuthorised;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentCanceled;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentFailed;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentReference;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentSucceeded;
import io.apotheca.application.payment.port.out.ProviderEvent.RefundChanged;
import io.apotheca.domain.payment.RefundStatus;
import io.apotheca.domain.shared.Money;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stripe's words into the pharmacy's: an event's type and its object's status (a PaymentIntent or
 * a Refund) become one {@link ProviderEvent}. Only this adapter knows {@code
 * payment_intent.succeeded} or a refund's {@code canceled}. A success is believed only when the
 * PaymentIntent it carries says {@code succeeded} itself.
 */
final class StripeEventTranslation {

    private static final Logger LOG = LoggerFactory.getLogger(StripeEventTranslation.class);

    private StripeEventTranslation() {}

    /** The event, read from a verified body; throws when it lacks its id, type or creation time. */
    static ProviderEvent translate(JsonNode event) {
        String id = text(event, "id").orElseThrow();
        String type = text(event, "type").orElseThrow();
        Instant createdAt = Instant.ofEpochSecond(number(event, "created").orElseThrow());
        JsonNode object = event.path("data").path("object");
        Optional<String> status = text(object, "status");
        switch (type) {
            case "payment_intent.succeeded":
                if (!status.equals(Optional.of("succeeded"))) {
                    // the type says succeeded; the payment's own status is what the money did
                    LOG.warn(
                            "Stripe event {} is a success whose payment is {}: nothing was received",
                            id,
                            status.orElse("of no status"));
                    return new NothingToDo(
                            id, createdAt, "a success whose payment is " + status.orElse("of no status"));
                }
                return new PaymentSucceeded(id, createdAt, paymentOf(object), amountOf(object, false));
            case "payment_intent.payment_failed":
                JsonNode error = object.path("last_payment_error");
                return new PaymentFailed(
                        id,
                        createdAt,
                        paymentOf(object),
                        text(error, "decline_code")
                                .or(() -> text(error, "code"))
                                .orElse("payment_failed"));
            case "payment_intent.amount_capturable_updated":
                if (!status.equals(Optional.of("requires_capture"))) {
                    return new NothingToDo(
                            id, createdAt, "an authorisation whose payment is " + status.orElse("of no status"));
                }
                return new PaymentAuthorised(
                        id,
                        createdAt,
                        paymentOf(object),
                        number(object, "amount_capturable")
                                .flatMap(a ->
                                        text(object, "currency").map(c -> Money.of(a, c.toUpperCase(Locale.ROOT)))));
            case "payment_intent.canceled":
                return new PaymentCanceled(id, createdAt, paymentOf(object));
            case "refund.created":
            case "refund.updated":
            case "refund.failed":
                Optional<String> refundId =
                        text(object, "object").filter("refund"::equals).flatMap(r -> text(object, "id"));
                if (refundId.isEmpty()) {
                    return new NothingToDo(id, createdAt, "Stripe's " + type + " without a refund");
                }
                return new RefundChanged(
                        id,
                        createdAt,
                        refundId.get(),
                        refundStatus(status.orElse("pending")),
                        paymentOf(object),
                        amountOf(object, true));
            default:
                return new NothingToDo(id, createdAt, "Stripe's " + type);
        }
    }

    /** Stripe's refund statuses: {@code succeeded}; {@code failed} or {@code canceled}; anything else still on its way. */
    static RefundStatus refundStatus(String stripeStatus) {
        switch (stripeStatus) {
            case "succeeded":
                return RefundStatus.SUCCEEDED;
            case "failed":
            case "canceled":
                return RefundStatus.FAILED;
            default:
                return RefundStatus.PENDING;
        }
    }

    private static PaymentReference paymentOf(JsonNode object) {
        boolean intent = text(object, "object").filter("payment_intent"::equals).isPresent();
        return new PaymentReference(
                intent ? text(object, "id") : text(object, "payment_intent"),
                text(object.path("metadata"), "paymentId"));
    }

    /** A refund's amount; a payment's amount received, else the amount it was opened for. */
    private static Optional<Money> amountOf(JsonNode object, boolean refund) {
        Optional<Long> amount = refund
                ? number(object, "amount")
                : number(object, "amount_received").filter(a -> a > 0).or(() -> number(object, "amount"));
        return amount.flatMap(a -> text(object, "currency").map(c -> Money.of(a, c.toUpperCase(Locale.ROOT))));
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
