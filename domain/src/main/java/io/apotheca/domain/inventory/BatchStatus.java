package io.apotheca.domain.inventory;

/** Whether a batch may be sold at all, before its dates are considered. */
public enum BatchStatus {
    /** On the shelf. */
    ACTIVE,
    /** Withdrawn by the manufacturer or the regulator; never sold again. */
    RECALLED,
    /** Past its expiry date, marked so by the daily job. */
    EXPIRED,
    /** Set aside pending a check (damaged, temperature excursion). */
    QUARANTINED
}
