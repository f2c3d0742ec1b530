package io.apotheca.domain.prescription;

import java.util.Objects;
import java.util.UUID;

/** Identifies one uploaded prescription. */
public record PrescriptionId(UUID value) {

    public PrescriptionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
