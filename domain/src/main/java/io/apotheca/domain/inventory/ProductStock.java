package io.apotheca.domain.inventory;

import io.apotheca.domain.catalog.ProductId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One product's stock: its lots, and the units held for orders that are not yet fulfilled. What may
 * still be promised to a customer is {@code available} = sellable on hand − held, never below zero
 * (a recall can leave held orders short; they are then refused at fulfilment, not oversold).
 *
 * @param productId the product
 * @param batches its lots
 * @param held units reserved by open orders
 */
public record ProductStock(ProductId productId, List<Batch> batches, int held) {

    /** Why a stock change is refused. */
    public enum Refusal {
        /** Fewer available units than asked for. */
        INSUFFICIENT_STOCK,
        /** The change would take a lot below zero. */
        BELOW_ZERO,
        /** The change would leave fewer sellable units than are held for orders. */
        BELOW_HELD,
        /** No such lot for this product. */
        UNKNOWN_BATCH,
        /** The change would take the product above {@link #MAX_ON_HAND} units. */
        ABOVE_CEILING
    }

    /**
     * The most units of one product the pharmacy keeps, over all its lots: far above any real
     * pharmacy's shelf, and far enough below what an {@code int} holds that no sum of lots, holds
     * or slots can overflow.
     */
    public static final int MAX_ON_HAND = 10_000_000;

    public ProductStock {
        Objects.requireNonNull(productId, "productId");
        batches = List.copyOf(batches);
        if (held < 0) {
            throw new IllegalArgumentException("held units are never negative");
        }
    }

    public int onHand() {
        return Math.toIntExact(batches.stream().mapToLong(Batch::onHand).sum());
    }

    public int sellable(SellableBatchPolicy policy) {
        return Math.toIntExact(batches.stream()
                .filter(policy::isSellable)
                .mapToLong(Batch::onHand)
                .sum());
    }

    /** Whether a new lot of {@code quantity} units may be received. */
    public Optional<Refusal> canReceive(int quantity) {
        return (long) onHand() + quantity > MAX_ON_HAND ? Optional.of(Refusal.ABOVE_CEILING) : Optional.empty();
    }

    public int available(SellableBatchPolicy policy) {
        return Math.max(0, sellable(policy) - held);
    }

    /** Holds units for an order, when that many are available. */
    public Optional<Refusal> canHold(int quantity, SellableBatchPolicy policy) {
        if (quantity < 1) {
            throw new IllegalArgumentException("hold at least one unit");
        }
        return quantity <= available(policy) ? Optional.empty() : Optional.of(Refusal.INSUFFICIENT_STOCK);
    }

    /**
     * Whether a signed adjustment of one lot may be made: the lot never goes below zero, and a
     * sellable lot never so low that fewer sellable units remain than are held.
     */
    public Optional<Refusal> canAdjust(BatchId batchId, int delta, SellableBatchPolicy policy) {
        Optional<Batch> batch =
                batches.stream().filter(b -> b.id().equals(batchId)).findFirst();
        if (batch.isEmpty()) {
            return Optional.of(Refusal.UNKNOWN_BATCH);
        }
        long after = (long) batch.get().onHand() + delta;
        if (after < 0) {
            return Optional.of(Refusal.BELOW_ZERO);
        }
        if (delta > 0 && (long) onHand() + delta > MAX_ON_HAND) {
            return Optional.of(Refusal.ABOVE_CEILING);
        }
        if (delta < 0 && policy.isSellable(batch.get()) && sellable(policy) + delta < held) {
            return Optional.of(Refusal.BELOW_HELD);
        }
        return Optional.empty();
    }
}
