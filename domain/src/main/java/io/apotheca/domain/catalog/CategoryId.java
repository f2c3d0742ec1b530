package io.apotheca.domain.catalog;

import java.util.Objects;
import java.util.UUID;

/** Identifies one category of the catalog. */
public record CategoryId(UUID value) {

    public CategoryId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
