package io.apotheca.domain.prescription;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A prescriber's DEA registration number: two letters and seven digits, the last a check digit.
 * The first letter is the registrant type (A, B, F or G for practitioners and hospitals of old and
 * new series, M for mid-level practitioners, and the other letters the DEA assigns); the second is
 * the first letter of the registrant's last name, or 9 for a business. The check digit is the last
 * digit of: the sum of the first, third and fifth digits, plus twice the sum of the second, fourth
 * and sixth.
 *
 * @param value the number as written, upper case
 */
public record DeaNumber(String value) {

    private static final Pattern FORM = Pattern.compile("[ABCDEFGHJKLMPRSTUX][A-Z9][0-9]{7}");

    public DeaNumber {
        Objects.requireNonNull(value, "value");
        if (!valid(value)) {
            throw new IllegalArgumentException("not a DEA number: " + value);
        }
    }

    /** Whether the text is a DEA number of the right form whose check digit holds. */
    public static boolean valid(String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            return false;
        }
        int[] d = text.substring(2).chars().map(c -> c - '0').toArray();
        int sum = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
        return sum % 10 == d[6];
    }

    @Override
    public String toString() {
        return value;
    }
}
