package io.apotheca.domain.identity;

import java.util.Objects;

/**
 * A password as stored: a one-way hash in PHC string form, carrying its own algorithm and
 * parameters so they can be raised later. Never the password itself; prints as redacted.
 */
public record PasswordHash(String phc) {

    /** The hash of an account no password opens: a deleted account. No algorithm is named "none". */
    public static final PasswordHash NONE = new PasswordHash("$none$");

    public PasswordHash {
        Objects.requireNonNull(phc, "phc");
        if (!phc.startsWith("$")) {
            throw new IllegalArgumentException("not a PHC string");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}
