package io.apotheca.domain.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be: at least 12 characters (and at most 256, so hashing stays bounded), not
 * the account's own e-mail address, and not one short run of characters said over and over ({@code
 * aaaaaaaaaaaa}, {@code abcabcabcabc}), which a guesser tries before any word. Passwords known from
 * breaches are refused too, by the application, which holds their list.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    private static final int MAX_REPEATED_RUN = 4;

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
        if (repeatsShortRun(password)) {
            return Optional.of("must not repeat a few characters over and over");
        }
        return Optional.empty();
    }

    /** Whether the password is a run of at most four characters, repeated to its whole length. */
    private static boolean repeatsShortRun(String password) {
        int[] points = password.codePoints().toArray();
        for (int run = 1; run <= MAX_REPEATED_RUN && run < points.length; run++) {
            boolean repeats = true;
            for (int i = run; i < points.length && repeats; i++) {
                repeats = points[i] == points[i - run];
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }
}
