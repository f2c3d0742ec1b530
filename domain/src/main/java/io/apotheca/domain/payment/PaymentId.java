package io.apotheca.domain.payment;

import java.util.Objects;
import java.util.UUID;

/** Identifies one attempt to pay for an order. */
public record PaymentId(UUID value) {

    public PaymentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
