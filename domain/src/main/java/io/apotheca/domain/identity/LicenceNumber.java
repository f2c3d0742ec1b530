package io.apotheca.domain.identity;

import java.util.Locale;
import java.util.Objects;

/**
 * A pharmacist's licence as issued by a licensing body: its number is unique within its
 * jurisdiction. Both are kept trimmed and in upper case, so one licence cannot be registered twice
 * by changing case.
 *
 * @param number the licence number
 * @param jurisdiction the body or region that issued it, such as {@code CA} or {@code GPHC}
 */
public record LicenceNumber(String number, String jurisdiction) {

    public LicenceNumber {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        number = number.trim().toUpperCase(Locale.ROOT);
        jurisdiction = jurisdiction.trim().toUpperCase(Locale.ROOT);
        if (number.isEmpty() || number.length() > 64 || jurisdiction.isEmpty() || jurisdiction.length() > 64) {
            throw new IllegalArgumentException("a licence needs a number and a jurisdiction of at most 64 characters");
        }
    }
}
