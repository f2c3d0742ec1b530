package io.apotheca.domain.payment;

import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One attempt to pay for an order. The amount is always the order's total, never what a client
 * says; a card attempt is known to the provider under {@link #idempotencyKey()}, written down
 * before the provider is asked, so that a retry after a crash finds the same payment at the
 * provider instead of opening another. Transitions never go backwards: a confirmed charge stays
 * confirmed whatever arrives later.
 *
 * @param id the attempt
 * @param orderId the order it pays for
 * @param attempt 1 for the order's first attempt, counting up
 * @param method card or cash on delivery
 * @param amount what is to be received
 * @param providerPaymentId the provider's id for it (a Stripe PaymentIntent {@code pi_…}), once known
 * @param status where it stands
 * @param lastFailure why the patient's last try to pay failed, if it did
 * @param createdAt when the attempt began
 */
public record Payment(
        PaymentId id,
        OrderId orderId,
        int attempt,
        PaymentMethod method,
        Money amount,
        Optional<String> providerPaymentId,
        PaymentStatus status,
        Optional<String> lastFailure,
        Instant createdAt) {

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(providerPaymentId, "providerPaymentId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastFailure, "lastFailure");
        Objects.requireNonNull(createdAt, "createdAt");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1: " + attempt);
        }
        if (amount.isZero()) {
            throw new IllegalArgumentException("a payment is for more than nothing");
        }
        boolean cash = method == PaymentMethod.CASH_ON_DELIVERY;
        boolean cashStatus = status == PaymentStatus.CONFIRMED || status == PaymentStatus.COLLECTED;
        if (cash != cashStatus) {
            throw new IllegalArgumentException(method + " payments are never " + status);
        }
    }

    /** Begins an attempt: a card payment waits to be paid, cash waits for delivery. */
    public static Payment start(
            PaymentId id, OrderId orderId, int attempt, PaymentMethod method, Money amount, Instant at) {
        PaymentStatus status = method == PaymentMethod.CARD ? PaymentStatus.REQUIRES_PAYMENT : PaymentStatus.CONFIRMED;
        return new Payment(id, orderId, attempt, method, amount, Optional.empty(), status, Optional.empty(), at);
    }

    /** The key the provider knows this attempt by: the same for every retry of it. */
    public String idempotencyKey() {
        return PaymentIdempotencyPolicy.intentKey(orderId, attempt);
    }

    /** The provider's id, learnt from its answer; an attempt never changes provider payment. */
    public Payment withProviderPaymentId(String providerId) {
        Objects.requireNonNull(providerId, "providerId");
        if (providerPaymentId.isPresent() && !providerPaymentId.get().equals(providerId)) {
            throw new IllegalStateException(
                    "payment " + id + " is already " + providerPaymentId.get() + ", not " + providerId);
        }
        return new Payment(
                id, orderId, attempt, method, amount, Optional.of(providerId), status, lastFailure, createdAt);
    }

    /** The provider confirmed the charge. Money received is a fact, whatever this attempt's state was. */
    public Payment succeeded() {
        requireCard();
        return withStatus(PaymentStatus.SUCCEEDED);
    }

    /**
     * The patient's try to pay failed (a declined card). The attempt stays open, so the patient may
     * try again while the order's hold lasts; a confirmed or cancelled attempt is not touched.
     */
    public Payment failed(String reason) {
        requireCard();
        if (status != PaymentStatus.REQUIRES_PAYMENT) {
            return this;
        }
        return new Payment(
                id, orderId, attempt, method, amount, providerPaymentId, status, Optional.of(reason), createdAt);
    }

    /** Called off at the provider before anything was paid; a confirmed charge stays confirmed. */
    public Payment canceled() {
        requireCard();
        return status == PaymentStatus.REQUIRES_PAYMENT ? withStatus(PaymentStatus.CANCELED) : this;
    }

    /** The courier collected the cash at delivery. */
    public Payment collected() {
        if (status != PaymentStatus.CONFIRMED) {
            throw new IllegalStateException("only confirmed cash is collected, not " + status);
        }
        return withStatus(PaymentStatus.COLLECTED);
    }

    /** Whether money was actually received, and so may be given back. */
    public boolean moneyReceived() {
        return status == PaymentStatus.SUCCEEDED || status == PaymentStatus.COLLECTED;
    }

    /** A card attempt the patient may still pay, and that must be called off if the order is not paid. */
    public boolean open() {
        return status == PaymentStatus.REQUIRES_PAYMENT;
    }

    private void requireCard() {
        if (method != PaymentMethod.CARD) {
            throw new IllegalStateException("cash payments have no provider events");
        }
    }

    private Payment withStatus(PaymentStatus next) {
        return new Payment(id, orderId, attempt, method, amount, providerPaymentId, next, lastFailure, createdAt);
    }
}
