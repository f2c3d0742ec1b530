package io.apotheca.domain.identity;

import java.util.Objects;
import java.util.UUID;

/** Identifies one account: a customer, a pharmacist or an administrator. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
