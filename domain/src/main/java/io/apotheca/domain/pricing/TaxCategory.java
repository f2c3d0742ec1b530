package io.apotheca.domain.pricing;

/**
 * How a product is taxed. Each category has one rate, set by an administrator; {@link #EXEMPT} is
 * always untaxed.
 */
public enum TaxCategory {
    /** Most goods sold over the counter. */
    STANDARD,
    /** Goods taxed at a lower rate, such as some medicines or baby care. */
    REDUCED,
    /** Untaxed; prescription-only medicines unless an administrator files them otherwise. */
    EXEMPT;

    /** The category a new product gets when none is given: exempt if prescription-only, else standard. */
    public static TaxCategory defaultFor(boolean requiresPrescription) {
        return requiresPrescription ? EXEMPT : STANDARD;
    }
}
