package io.apotheca.domain.catalog;

import java.util.Objects;
import java.util.UUID;

/** Identifies one product of the catalog. */
public record ProductId(UUID value) {

    public ProductId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
