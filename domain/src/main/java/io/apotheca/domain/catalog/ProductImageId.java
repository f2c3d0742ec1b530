package io.apotheca.domain.catalog;

import java.util.Objects;
import java.util.UUID;

/** Identifies one picture of a product. */
public record ProductImageId(UUID value) {

    public ProductImageId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
