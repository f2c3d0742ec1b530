package io.apotheca.domain.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where an order goes: {@code recipientName?, line1, line2?, city, region?, postalCode, country}
 * with {@code country} an ISO-3166 alpha-2 code. {@link #problems} tells a customer every line to
 * correct at once, at checkout. The constructor refuses what can never be an address (a required line
 * missing or too long, control characters, a country that is not two capital letters); it does not
 * ask this JDK's list of countries, so an order recorded under another JDK's list still reads back.
 */
public record ShippingAddress(
        String recipientName,
        String line1,
        String line2,
        String city,
        String region,
        String postalCode,
        String country) {

    /** What replaces every line of a deleted account's addresses. */
    public static final String REMOVED = "(removed)";

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");
    private static final String COUNTRY_CODE = "must be an ISO-3166 alpha-2 code such as DE or US";

    /**
     * A line of an address that cannot be used, and why.
     *
     * @param field {@code line1}, {@code city}, {@code postalCode} or {@code country}
     */
    public record Problem(String field, String message) {}

    public ShippingAddress {
        List<Problem> problems = linesProblems(line1, city, postalCode);
        if (country == null || !ALPHA_2.matcher(country).matches()) {
            problems.add(new Problem("country", COUNTRY_CODE));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("not a shipping address: " + problems);
        }
    }

    /** Every line that keeps these lines from being an address today, in the order they are written. */
    public static List<Problem> problems(String line1, String city, String postalCode, String country) {
        List<Problem> problems = linesProblems(line1, city, postalCode);
        if (country == null || !COUNTRIES.contains(country)) {
            problems.add(new Problem("country", COUNTRY_CODE));
        }
        return problems;
    }

    private static List<Problem> linesProblems(String line1, String city, String postalCode) {
        List<Problem> problems = new ArrayList<>();
        text("line1", line1, 200).ifPresent(problems::add);
        text("city", city, 100).ifPresent(problems::add);
        text("postalCode", postalCode, 20).ifPresent(problems::add);
        return problems;
    }

    /** The address once its person's account is deleted: only the country stays, for the tax records. */
    public ShippingAddress anonymised() {
        return new ShippingAddress(null, REMOVED, null, REMOVED, null, REMOVED, country);
    }

    private static Optional<Problem> text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return Optional.of(new Problem(field, "is required"));
        } else if (CONTROL.matcher(value).find()) {
            return Optional.of(new Problem(field, "must not contain control characters"));
        } else if (value.length() > maxLength) {
            return Optional.of(new Problem(field, "must be at most " + maxLength + " characters long"));
        }
        return Optional.empty();
    }
}
