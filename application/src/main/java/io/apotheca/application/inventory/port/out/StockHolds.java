package io.apotheca.application.inventory.port.out;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.order.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Units held for orders, and what may still be held. Each product keeps a count of units that may
 * still be held, possibly split into parts so that concurrent checkouts of one product need not wait
 * for each other; the sum of the parts is the product's sellable stock less its held units.
 *
 * <p>Lock order, to keep concurrent transactions free of deadlocks: products in ascending id order;
 * within a product, its hold counts ({@link #lock}) before its lots.
 */
public interface StockHolds {

    /** Units held by open holds of the product. */
    int heldOf(ProductId product);

    /** The same for several products; a product with nothing held may be missing. */
    Map<ProductId, Integer> heldOf(List<ProductId> products);

    /**
     * Takes {@code quantity} units of what may still be held of the product, and records the hold for
     * the order; false, and nothing held, when fewer are left. Never waits for another checkout of
     * the product while a part of its stock is free.
     */
    boolean hold(UUID holdId, OrderId order, ProductId product, int quantity, Instant at);

    /** Releases the order's open holds: their units may be held again. */
    void releaseAll(OrderId order, Instant at);

    /** Releases the order's open holds of these products only: lines withdrawn from it. */
    void releaseOf(OrderId order, java.util.Set<ProductId> products, Instant at);

    /** Closes the order's open holds as dispensed: their units have left the shelf. */
    void settleAll(OrderId order, Instant at);

    /**
     * Locks the product's hold counts until the transaction ends, before its lots are read, so that
     * stock changes of one product are decided one at a time; returns the units held.
     */
    int lock(ProductId product);

    /**
     * Sets what may still be held of the product to its sellable units on hand less its held units;
     * call with the product {@linkplain #lock locked}, after its lots have changed.
     */
    void spread(ProductId product, int sellableOnHand);
}
