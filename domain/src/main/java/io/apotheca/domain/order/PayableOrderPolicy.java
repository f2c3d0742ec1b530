package io.apotheca.domain.order;

import java.util.Optional;

/**
 * Whether an order may be paid now. Only an order awaiting payment may; one that still waits for a
 * verified pharmacist's approval of its prescription is refused with its own reason, before
 * anything about how the patient wants to pay is looked at.
 */
public final class PayableOrderPolicy {

    /** Why an order may not be paid. */
    public enum Refusal {
        /** Prescription-only lines are not yet covered by an approved prescription. */
        PRESCRIPTION_REQUIRED,
        /** Already paid, confirmed, cancelled or further along. */
        NOT_AWAITING_PAYMENT
    }

    private PayableOrderPolicy() {}

    public static Optional<Refusal> check(Order order) {
        if (order instanceof Order.AwaitingPrescription) {
            return Optional.of(Refusal.PRESCRIPTION_REQUIRED);
        }
        if (order instanceof Order.AwaitingPayment) {
            return Optional.empty();
        }
        return Optional.of(Refusal.NOT_AWAITING_PAYMENT);
    }
}
