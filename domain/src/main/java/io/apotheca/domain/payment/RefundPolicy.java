package io.apotheca.domain.payment;

import io.apotheca.domain.shared.Money;
import java.util.List;
import java.util.Optional;

/**
 * How much may be refunded: never more than was received, counting every refund already asked for
 * that did not fail. Without an amount, all that remains is refunded.
 */
public final class RefundPolicy {

    private RefundPolicy() {}

    /** Why a refund is refused. */
    public enum Refusal {
        /** No money was received for the order (unpaid, or cash not yet collected). */
        NOTHING_RECEIVED,
        /** Everything received was already refunded. */
        NOTHING_LEFT,
        /** The amount is in another currency than the payment. */
        OTHER_CURRENCY,
        /** The amount is zero. */
        NOTHING_ASKED,
        /** The amount is above what remains. */
        ABOVE_REMAINING
    }

    /** The answer. */
    public sealed interface Result {}

    /** The refund may go ahead, for {@code amount}. */
    public record Allowed(Money amount) implements Result {}

    /** The refund is refused; {@code remaining} is what could still be refunded. */
    public record Refused(Refusal reason, Money remaining) implements Result {}

    public static Result check(Payment payment, List<Refund> refunds, Optional<Money> requested) {
        Money zero = Money.zero(payment.amount().currency());
        if (!payment.moneyReceived()) {
            return new Refused(Refusal.NOTHING_RECEIVED, zero);
        }
        Money remaining = remaining(payment, refunds);
        if (requested.isPresent() && !requested.get().currency().equals(remaining.currency())) {
            return new Refused(Refusal.OTHER_CURRENCY, remaining);
        }
        if (requested.isPresent() && requested.get().isZero()) {
            return new Refused(Refusal.NOTHING_ASKED, remaining);
        }
        if (remaining.isZero()) {
            return new Refused(Refusal.NOTHING_LEFT, remaining);
        }
        Money amount = requested.orElse(remaining);
        if (amount.compareTo(remaining) > 0) {
            return new Refused(Refusal.ABOVE_REMAINING, remaining);
        }
        return new Allowed(amount);
    }

    /** What may still be refunded: received, less every refund that did not fail. */
    public static Money remaining(Payment payment, List<Refund> refunds) {
        Money claimed = refunds.stream()
                .filter(r -> r.paymentId().equals(payment.id()) && r.status().claimsMoney())
                .map(Refund::amount)
                .reduce(Money.zero(payment.amount().currency()), Money::plus);
        return payment.amount().compareTo(claimed) <= 0
                ? Money.zero(payment.amount().currency())
                : payment.amount().minus(claimed);
    }

    /** What the provider accepted to give back so far. */
    public static Money refunded(Payment payment, List<Refund> refunds) {
        return refunds.stream()
                .filter(r -> r.paymentId().equals(payment.id()) && r.status().accepted())
                .map(Refund::amount)
                .reduce(Money.zero(payment.amount().currency()), Money::plus);
    }

    /** Whether the provider's answers reach what was received: the order is then refunded. */
    public static boolean fullyRefunded(Payment payment, List<Refund> refunds) {
        return payment.moneyReceived() && refunded(payment, refunds).compareTo(payment.amount()) >= 0;
    }
}
