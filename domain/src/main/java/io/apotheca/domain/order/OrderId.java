package io.apotheca.domain.order;

import java.util.Objects;
import java.util.UUID;

/** Identifies one order. */
public record OrderId(UUID value) {

    public OrderId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
