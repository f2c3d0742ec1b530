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
    REFUNDED
}
