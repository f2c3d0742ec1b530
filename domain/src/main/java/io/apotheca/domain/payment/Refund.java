package io.apotheca.domain.payment;

import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Money given back for an order, in part or in full.
 *
 * @param id the refund
 * @param paymentId the payment the money goes back from
 * @param orderId the order
 * @param amount how much, never zero
 * @param reason why, in the words of whoever asked for it
 * @param status where it stands
 * @param providerRefundId the provider's id for it ({@code re_…}), once known
 * @param requestedBy the administrator who asked, or empty when Apotheca refunded a late payment
 * @param createdAt when it was asked for
 */
public record Refund(
        RefundId id,
        PaymentId paymentId,
        OrderId orderId,
        Money amount,
        String reason,
        RefundStatus status,
        Optional<String> providerRefundId,
        Optional<UserId> requestedBy,
        Instant createdAt) {

    public Refund {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(providerRefundId, "providerRefundId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(createdAt, "createdAt");
        if (amount.isZero()) {
            throw new IllegalArgumentException("a refund gives back more than nothing");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a refund has a reason");
        }
    }

    /** A refund written down before the provider is asked. */
    public static Refund request(
            RefundId id, Payment payment, Money amount, String reason, Optional<UserId> requestedBy, Instant at) {
        return new Refund(
                id,
                payment.id(),
                payment.orderId(),
                amount,
                reason,
                RefundStatus.REQUESTED,
                Optional.empty(),
                requestedBy,
                at);
    }

    /** The key the provider knows this refund by: the same for every retry of it. */
    public String idempotencyKey() {
        return PaymentIdempotencyPolicy.refundKey(orderId, id);
    }

    /** The provider refused it outright: nothing was given back, and it no longer counts. */
    public Refund rejected() {
        if (status != RefundStatus.REQUESTED) {
            throw new IllegalStateException("only an unanswered refund is rejected, not " + status);
        }
        return new Refund(
                id, paymentId, orderId, amount, reason, RefundStatus.FAILED, providerRefundId, requestedBy, createdAt);
    }

    /**
     * What the provider said about it. A refund that succeeded stays succeeded; a late "pending"
     * never moves it back.
     */
    public Refund answered(String providerId, RefundStatus answer) {
        if (answer == RefundStatus.REQUESTED) {
            throw new IllegalArgumentException("the provider never answers 'requested'");
        }
        RefundStatus next = status == RefundStatus.SUCCEEDED || status == RefundStatus.FAILED ? status : answer;
        return new Refund(
                id, paymentId, orderId, amount, reason, next, Optional.of(providerId), requestedBy, createdAt);
    }
}
