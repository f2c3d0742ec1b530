package io.apotheca.domain.order;

import io.apotheca.domain.inventory.LotNumber;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Units of one lot handed out for an order line: what a recall traces back to the patient.
 *
 * @param lot the lot number
 * @param expiryDate its expiry
 * @param quantity units from it
 */
public record DispensedLot(LotNumber lot, LocalDate expiryDate, int quantity) {

    public DispensedLot {
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(expiryDate, "expiryDate");
        if (quantity < 1) {
            throw new IllegalArgumentException("a dispensed lot gives at least one unit");
        }
    }
}
