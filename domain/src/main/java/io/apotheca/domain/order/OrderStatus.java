package io.apotheca.domain.order;

/** Where an order stands, as the API shows it. */
public enum OrderStatus {
    AWAITING_PRESCRIPTION,
    AWAITING_PAYMENT,
    PAID,
    CONFIRMED,
    FULFILLED,
    SHIPPED,
    DELIVERED,
    CANCELLED,
    REFUNDED;

    /**
     * Whether an order in this status is still under way: awaiting its prescription or payment, or
     * paid (or confirmed) but not yet delivered. Its customer's account cannot be deleted meanwhile,
     * since the pharmacy still owes or expects something of them.
     */
    public boolean inFlight() {
        return switch (this) {
            case AWAITING_PRESCRIPTION, AWAITING_PAYMENT, PAID, CONFIRMED, FULFILLED, SHIPPED -> true;
            case DELIVERED, CANCELLED, REFUNDED -> false;
        };
    }
}
