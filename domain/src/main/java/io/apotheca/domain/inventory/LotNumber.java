package io.apotheca.domain.inventory;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The manufacturer's lot number printed on the pack, unique per product: what a recall names. Kept
 * trimmed and in upper case.
 */
public record LotNumber(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z0-9][A-Z0-9./-]{0,63}");

    public LotNumber {
        Objects.requireNonNull(value, "value");
        value = value.trim().toUpperCase(Locale.ROOT);
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a lot number is 1 to 64 letters, digits, dots, slashes or dashes");
        }
    }

    /** Whether the text is a well-formed lot number. */
    public static boolean isValid(String text) {
        try {
            new LotNumber(text);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
