package io.apotheca.domain.payment;

import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a refund is, whatever becomes of it.
 *
 * @param id the refund
 * @param paymentId the payment the money goes back from
 * @param orderId the order
 * @param amount how much, never zero
 * @param reason why, in the words of whoever asked for it
 * @param requestedBy the administrator who asked, or empty when Apotheca refunded a late payment
 * @param createdAt when it was asked for
 */
public record RefundDetails(
        RefundId id,
        PaymentId paymentId,
        OrderId orderId,
        Money amount,
        String reason,
        Optional<UserId> requestedBy,
        Instant createdAt) {

    public RefundDetails {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(createdAt, "createdAt");
        if (amount.isZero()) {
            throw new IllegalArgumentException("a refund gives back more than nothing");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a refund has a reason");
        }
    }
}
