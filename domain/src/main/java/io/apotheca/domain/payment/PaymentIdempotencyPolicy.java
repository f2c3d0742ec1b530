package io.apotheca.domain.payment;

import io.apotheca.domain.order.OrderId;
import java.util.Optional;

/**
 * Which payment attempt a request to pay continues, and the keys under which the provider knows
 * attempts and refunds. Keys are derived, never random: the key exists before the provider is
 * asked, so a crash between the provider's answer and our commit can only lead to the same payment
 * being found again, never to a second one.
 */
public final class PaymentIdempotencyPolicy {

    private PaymentIdempotencyPolicy() {}

    /** What to do with a request to pay. */
    public sealed interface Decision {}

    /** Continue the open attempt: the patient gets the same payment back. */
    public record Continue(Payment payment) implements Decision {}

    /** Begin attempt {@code number}; any open attempt before it is to be called off. */
    public record Begin(int number) implements Decision {}

    /** The provider key of an order's attempt to pay by card. */
    public static String intentKey(OrderId order, int attempt) {
        return "order-" + order + "-intent-" + attempt;
    }

    /** The provider key of calling off an order's attempt. */
    public static String cancelKey(OrderId order, int attempt) {
        return intentKey(order, attempt) + "-cancel";
    }

    /**
     * The provider key of taking {@code amount} of an order's authorised attempt at dispensing: the
     * same for every retry of that capture; another amount (other lines withdrawn after a refusal) is
     * another request. The provider never captures an intent twice whatever the key.
     */
    public static String captureKey(OrderId order, int attempt, io.apotheca.domain.shared.Money amount) {
        return intentKey(order, attempt) + "-capture-" + amount.minor();
    }

    /** The provider key of a refund. */
    public static String refundKey(OrderId order, RefundId refund) {
        return "order-" + order + "-refund-" + refund;
    }

    /**
     * Decides for an order that may be paid.
     *
     * @param latest the order's most recent attempt, if any
     * @param method how the patient now wants to pay
     */
    public static Decision decide(Optional<Payment> latest, PaymentMethod method) {
        if (latest.isEmpty()) {
            return new Begin(1);
        }
        Payment last = latest.get();
        if ((last.open() || last instanceof Payment.CaptureRequested) && method == PaymentMethod.CARD) {
            return new Continue(last);
        }
        return new Begin(last.attempt() + 1);
    }
}
