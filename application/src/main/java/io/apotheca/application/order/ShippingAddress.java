package io.apotheca.application.order;

/**
 * Where an order goes: {@code recipientName?, line1, line2?, city, region?, postalCode, country}
 * with {@code country} an ISO-3166 alpha-2 code.
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

    /** The address once its person's account is deleted: only the country stays, for the tax records. */
    public ShippingAddress anonymised() {
        return new ShippingAddress(null, REMOVED, null, REMOVED, null, REMOVED, country);
    }
}
