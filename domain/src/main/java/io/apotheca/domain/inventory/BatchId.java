package io.apotheca.domain.inventory;

import java.util.Objects;
import java.util.UUID;

/** Identifies one batch (lot) of received stock. */
public record BatchId(UUID value) {

    public BatchId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
