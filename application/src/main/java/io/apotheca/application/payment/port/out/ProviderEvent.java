package io.apotheca.application.payment.port.out;

import io.apotheca.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A verified event from the payment provider, reduced to what Apotheca acts on.
 *
 * @param id the provider's event id, unique per event (redeliveries repeat it)
 * @param type such as {@code payment_intent.succeeded} or {@code refund.updated}
 * @param createdAt when the provider created it
 * @param providerPaymentId the payment it is about ({@code pi_…})
 * @param paymentId the attempt, as Apotheca told the provider in the payment's metadata
 * @param providerRefundId the refund it is about ({@code re_…}), for refund events
 * @param amount the payment's received amount, or the refund's amount
 * @param status the object's status as the provider names it (such as {@code succeeded})
 * @param failure the provider's reason code when a payment failed
 */
public record ProviderEvent(
        String id,
        String type,
        Instant createdAt,
        Optional<String> providerPaymentId,
        Optional<String> paymentId,
        Optional<String> providerRefundId,
        Optional<Money> amount,
        Optional<String> status,
        Optional<String> failure) {

    public ProviderEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(providerPaymentId, "providerPaymentId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(providerRefundId, "providerRefundId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(failure, "failure");
    }
}
