package io.apotheca.application.inventory.port.out;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.inventory.Batch;
import io.apotheca.domain.inventory.BatchId;
import io.apotheca.domain.inventory.ProductStock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

    /**
     * Each product's stock as it stands now: its lots, and the units {@code holds} holds of it. A
     * store that keeps both reads them in one statement; this default asks twice.
     */
    default Map<ProductId, ProductStock> stockOf(List<ProductId> products, StockHolds holds) {
        Map<ProductId, List<Batch>> lots =
                ofProducts(products).stream().collect(Collectors.groupingBy(Batch::productId));
        Map<ProductId, Integer> held = holds.heldOf(products);
        Map<ProductId, ProductStock> stock = new HashMap<>();
        for (ProductId product : products) {
            stock.put(
                    product,
                    new ProductStock(product, lots.getOrDefault(product, List.of()), held.getOrDefault(product, 0)));
        }
        return stock;
    }
}
