package io.apotheca.domain.payment;

import java.util.Objects;
import java.util.UUID;

/** Identifies one refund. */
public record RefundId(UUID value) {

    public RefundId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
