package io.apotheca.application.inventory.port.out;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.inventory.Batch;
import io.apotheca.domain.inventory.BatchId;
import java.util.List;
import java.util.Optional;

/** Lots of stock; a lot number is unique per product. */
public interface Batches {

    /**
     * Adds a received lot, giving it the next receipt sequence; false, and nothing written, when the
     * product already has a lot with that number.
     */
    Optional<Batch> add(Batch batch);

    Optional<Batch> byId(BatchId id);

    /**
     * Every lot of the product, locked until the current transaction ends, soonest expiry first, so
     * that holds and adjustments of one product are decided one at a time.
     */
    List<Batch> ofProductLocked(ProductId product);

    List<Batch> ofProduct(ProductId product);

    /** The lots of several products at once, soonest expiry first within each. */
    List<Batch> ofProducts(List<ProductId> products);

    /** Lots that may still be on sale and expire on or before {@code date}, soonest first. */
    List<Batch> activeExpiringBy(java.time.LocalDate date, int limit);

    /** Lots still ACTIVE or QUARANTINED whose expiry date is on or before {@code date}. */
    List<Batch> expiryCandidates(java.time.LocalDate date);

    /** Moves a lot from one status to another; false when it was no longer in {@code from}. */
    boolean changeStatus(
            BatchId id, io.apotheca.domain.inventory.BatchStatus from, io.apotheca.domain.inventory.BatchStatus to);

    /** Stores the lot's new quantity on hand and status. */
    void update(Batch batch);
}
