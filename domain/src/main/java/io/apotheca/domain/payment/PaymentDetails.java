package io.apotheca.domain.payment;

import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * What a payment attempt is, whatever becomes of it.
 *
 * @param id the attempt
 * @param orderId the order it pays for
 * @param attempt 1 for the order's first attempt, counting up
 * @param amount what is to be received: the order's total, never what a client says
 * @param createdAt when the attempt began
 */
public record PaymentDetails(PaymentId id, OrderId orderId, int attempt, Money amount, Instant createdAt) {

    public PaymentDetails {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(createdAt, "createdAt");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1: " + attempt);
        }
        if (amount.isZero()) {
            throw new IllegalArgumentException("a payment is for more than nothing");
        }
    }

    /** The same attempt, for a different amount: what a capture took of an authorisation. */
    public PaymentDetails withAmount(Money captured) {
        return new PaymentDetails(id, orderId, attempt, captured, createdAt);
    }
}
