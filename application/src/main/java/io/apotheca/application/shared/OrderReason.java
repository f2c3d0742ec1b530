package io.apotheca.application.shared;

/** Refusals about the cart and placing an order. */
public enum OrderReason implements Refusal.Reason {
    /** The cart holds nothing that can be ordered. */
    CART_EMPTY,
    /** The cart holds as many lines as it may. */
    CART_FULL,
    /** The order would take the customer past a purchase limit of the pharmacy. */
    PURCHASE_LIMIT_EXCEEDED;

    @Override
    public <T> T mappedBy(Refusal.ReasonMapping<T> mapping) {
        return mapping.order(this);
    }
}
