package io.apotheca.domain.catalog;

import java.util.Objects;
import java.util.regex.Pattern;

/** A category's name in URLs: lower-case words joined by dashes, unique across the catalog. */
public record Slug(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Slug {
        Objects.requireNonNull(value, "value");
        if (value.length() > 100 || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a slug is lower-case words joined by dashes, at most 100 characters");
        }
    }

    /** Whether the text is a well-formed slug. */
    public static boolean isValid(String text) {
        try {
            new Slug(text);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
