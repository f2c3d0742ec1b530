package io.apotheca.domain.payment;

import io.apotheca.domain.order.Order;
import io.apotheca.domain.shared.Money;

/**
 * What to do when the provider reports that a card was charged. Only an order still awaiting
 * payment, charged exactly its total in its currency, becomes paid. Money that arrives for an order
 * that no longer waits for it (cancelled, expired, paid another way) or in the wrong amount is
 * given back, never kept; a charge already dealt with is not dealt with again.
 */
public final class ReceivedPaymentPolicy {

    private ReceivedPaymentPolicy() {}

    /** Why received money is given back. */
    public enum GiveBackReason {
        /** The order was cancelled, expired, or paid by other means before the money arrived. */
        ORDER_NOT_AWAITING_PAYMENT("order_not_awaiting_payment"),
        /** The amount or currency charged is not the order's total. */
        AMOUNT_MISMATCH("amount_mismatch");

        private final String code;

        GiveBackReason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The decision. */
    public sealed interface Decision {}

    /** The order is now paid. */
    public record MarkPaid() implements Decision {}

    /** This charge was already dealt with; nothing to do. */
    public record AlreadyDealtWith() implements Decision {}

    /** Refund the whole charge, for this reason; the order stays as it is. */
    public record GiveBack(GiveBackReason reason) implements Decision {}

    /**
     * @param order the order, as it stands now
     * @param payment the attempt the provider charged
     * @param received what the provider says it charged
     */
    public static Decision decide(Order order, Payment payment, Money received) {
        if (payment.status() == PaymentStatus.SUCCEEDED) {
            return new AlreadyDealtWith();
        }
        if (payment instanceof Payment.CaptureRequested requested) {
            return decideCapture(order, requested, received);
        }
        Money total = order.details().total();
        if (!received.currency().equals(total.currency())
                || received.compareTo(total) != 0
                || !payment.amount().equals(total)) {
            return new GiveBack(GiveBackReason.AMOUNT_MISMATCH);
        }
        if (order instanceof Order.AwaitingPayment) {
            return new MarkPaid();
        }
        return new GiveBack(GiveBackReason.ORDER_NOT_AWAITING_PAYMENT);
    }

    /**
     * A capture taken at dispensing: the order, still open, is paid when exactly the amount asked
     * was taken (its dispensed lines and their share of shipping, not the whole authorisation).
     */
    private static Decision decideCapture(Order order, Payment.CaptureRequested payment, Money received) {
        Money asked = payment.capture().amount();
        if (!received.currency().equals(asked.currency()) || received.compareTo(asked) != 0) {
            return new GiveBack(GiveBackReason.AMOUNT_MISMATCH);
        }
        if (order instanceof Order.Open) {
            return new MarkPaid();
        }
        return new GiveBack(GiveBackReason.ORDER_NOT_AWAITING_PAYMENT);
    }
}
