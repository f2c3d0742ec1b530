package io.apotheca.domain.pricing;

import java.util.Objects;
import java.util.UUID;

/** Identifies one of the pharmacy's shipping options. */
public record ShippingOptionId(UUID value) {

    public ShippingOptionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
