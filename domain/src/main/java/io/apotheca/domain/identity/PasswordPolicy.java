package io.apotheca.domain.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be: at least 12 characters (and at most 256, so hashing stays bounded), and
 * not the account's own e-mail address.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    private PasswordPolicy() {}

    /** Empty when the password is acceptable, else what is wrong with it, for a person. */
    public static Optional<String> check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters long");
        }
        if (email != null
                && password.trim().toLowerCase(Locale.ROOT).equals(email.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("must not be your e-mail address");
        }
        return Optional.empty();
    }
}
