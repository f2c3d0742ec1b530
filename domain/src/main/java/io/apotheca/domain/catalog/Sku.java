package io.apotheca.domain.catalog;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stock-keeping unit: the pharmacy's own code for one product, unique across the catalog. Kept
 * trimmed and in upper case: letters, digits and dashes, at most 64.
 */
public record Sku(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,63}");

    public Sku {
        Objects.requireNonNull(value, "value");
        value = value.trim().toUpperCase(Locale.ROOT);
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a SKU is 1 to 64 letters, digits or dashes");
        }
    }

    /** Whether the text is a well-formed sku. */
    public static boolean isValid(String text) {
        try {
            new Sku(text);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
