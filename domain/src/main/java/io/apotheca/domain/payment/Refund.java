package io.apotheca.domain.payment;

import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Money given back for an order, in part or in full, one type per state: written down
 * ({@link Requested}), accepted by the provider ({@link Pending}), given back ({@link Succeeded}) or
 * not ({@link Failed}). Only a refund not yet answered can be rejected outright; a refund that
 * succeeded or failed stays so whatever the provider says later.
 */
public sealed interface Refund {

    /** What the refund is, whatever becomes of it. */
    RefundDetails details();

    /** The provider's id for it ({@code re_…}), once known. */
    Optional<String> providerRefundId();

    /** Where it stands, by name. */
    RefundStatus status();

    /**
     * What the provider said about it, with the provider's id for it. A refund that succeeded or
     * failed stays so; a late "pending" never moves it back.
     */
    Refund answered(String providerId, RefundStatus answer);

    default RefundId id() {
        return details().id();
    }

    default PaymentId paymentId() {
        return details().paymentId();
    }

    default OrderId orderId() {
        return details().orderId();
    }

    default Money amount() {
        return details().amount();
    }

    default String reason() {
        return details().reason();
    }

    default Optional<UserId> requestedBy() {
        return details().requestedBy();
    }

    default Instant createdAt() {
        return details().createdAt();
    }

    /** The key the provider knows this refund by: the same for every retry of it. */
    default String idempotencyKey() {
        return PaymentIdempotencyPolicy.refundKey(orderId(), id());
    }

    /** A refund written down before the provider is asked. */
    static Requested request(
            RefundId id, Payment payment, Money amount, String reason, Optional<UserId> requestedBy, Instant at) {
        return new Requested(
                new RefundDetails(id, payment.id(), payment.orderId(), amount, reason, requestedBy, at),
                Optional.empty());
    }

    /** A refund as a store keeps it: its state by name. */
    static Refund of(
            RefundId id,
            PaymentId paymentId,
            OrderId orderId,
            Money amount,
            String reason,
            RefundStatus status,
            Optional<String> providerRefundId,
            Optional<UserId> requestedBy,
            Instant createdAt) {
        return in(
                status,
                new RefundDetails(id, paymentId, orderId, amount, reason, requestedBy, createdAt),
                providerRefundId);
    }

    /** Written down; the provider not yet asked, or its answer not yet known. */
    record Requested(RefundDetails details, Optional<String> providerRefundId) implements Refund {

        public Requested {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(providerRefundId, "providerRefundId");
        }

        @Override
        public RefundStatus status() {
            return RefundStatus.REQUESTED;
        }

        @Override
        public Refund answered(String providerId, RefundStatus answer) {
            return Refund.answer(details, providerId, answer, answer);
        }

        /** The provider refused it outright: nothing was given back, and it no longer counts. */
        public Failed rejected() {
            return new Failed(details, providerRefundId);
        }
    }

    /** The provider accepted it and is sending the money back. */
    record Pending(RefundDetails details, Optional<String> providerRefundId) implements Refund {

        public Pending {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(providerRefundId, "providerRefundId");
        }

        @Override
        public RefundStatus status() {
            return RefundStatus.PENDING;
        }

        @Override
        public Refund answered(String providerId, RefundStatus answer) {
            return Refund.answer(details, providerId, answer, answer);
        }
    }

    /** The money went back. */
    record Succeeded(RefundDetails details, Optional<String> providerRefundId) implements Refund {

        public Succeeded {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(providerRefundId, "providerRefundId");
        }

        @Override
        public RefundStatus status() {
            return RefundStatus.SUCCEEDED;
        }

        @Override
        public Refund answered(String providerId, RefundStatus answer) {
            return Refund.answer(details, providerId, RefundStatus.SUCCEEDED, answer);
        }
    }

    /** The provider could not send it back; nothing was refunded. */
    record Failed(RefundDetails details, Optional<String> providerRefundId) implements Refund {

        public Failed {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(providerRefundId, "providerRefundId");
        }

        @Override
        public RefundStatus status() {
            return RefundStatus.FAILED;
        }

        @Override
        public Refund answered(String providerId, RefundStatus answer) {
            return Refund.answer(details, providerId, RefundStatus.FAILED, answer);
        }
    }

    /** The refund in the state {@code next}, known by the provider's id; the provider never answers "requested". */
    private static Refund answer(RefundDetails details, String providerId, RefundStatus next, RefundStatus answer) {
        Objects.requireNonNull(providerId, "providerId");
        if (answer == RefundStatus.REQUESTED) {
            throw new IllegalArgumentException("the provider never answers 'requested'");
        }
        return in(next, details, Optional.of(providerId));
    }

    private static Refund in(RefundStatus status, RefundDetails details, Optional<String> providerRefundId) {
        return switch (status) {
            case REQUESTED -> new Requested(details, providerRefundId);
            case PENDING -> new Pending(details, providerRefundId);
            case SUCCEEDED -> new Succeeded(details, providerRefundId);
            case FAILED -> new Failed(details, providerRefundId);
        };
    }
}
