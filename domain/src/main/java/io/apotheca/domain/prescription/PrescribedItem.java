package io.apotheca.domain.prescription;

import io.apotheca.domain.catalog.DrugSchedule;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.order.Quantity;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One medicine on a prescription, as transcribed: what may be dispensed each time, how, for how
 * long, and how many times again.
 *
 * @param id the item
 * @param productId the catalog product dispensed for it
 * @param schedule the product's controlled-substance schedule when transcribed, empty if none
 * @param quantityPerFill the most units one fill may hold
 * @param directions the directions for use, as written
 * @param daysSupply how many days one fill lasts, 1 to 365
 * @param refillsAuthorised fills allowed after the first, 0 to 99
 */
public record PrescribedItem(
        UUID id,
        ProductId productId,
        Optional<DrugSchedule> schedule,
        Quantity quantityPerFill,
        String directions,
        int daysSupply,
        int refillsAuthorised) {

    public PrescribedItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(quantityPerFill, "quantityPerFill");
        Objects.requireNonNull(directions, "directions");
        if (daysSupply < 1 || daysSupply > 365) {
            throw new IllegalArgumentException("a fill lasts 1 to 365 days, not " + daysSupply);
        }
        if (refillsAuthorised < 0 || refillsAuthorised > 99) {
            throw new IllegalArgumentException("0 to 99 refills, not " + refillsAuthorised);
        }
    }

    /** How many fills the item allows in all: the first and its refills. */
    public int fillsAuthorised() {
        return 1 + refillsAuthorised;
    }

    public boolean controlled() {
        return schedule.isPresent();
    }
}
