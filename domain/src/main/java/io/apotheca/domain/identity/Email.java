package io.apotheca.domain.identity;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail address, kept in lower case so that {@code Ada@Example.org} and {@code ada@example.org}
 * are one account.
 */
public record Email(String value) {

    private static final Pattern FORM =
            Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s.\\p{Cntrl}]+(\\.[^@\\s.\\p{Cntrl}]+)+");

    public Email {
        Objects.requireNonNull(value, "value");
        value = value.trim().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not an e-mail address");
        }
    }

    /** Whether the text is an e-mail address this record accepts. */
    public static boolean isValid(String text) {
        try {
            new Email(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
