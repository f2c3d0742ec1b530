package io.apotheca.domain.inventory;

import io.apotheca.domain.catalog.ProductId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One lot of one product as received: how many units are on hand, when they expire, and whether
 * they may be sold. Changes on receipt, adjustment, recall, expiry and dispensing.
 *
 * @param id the batch's id
 * @param productId the product
 * @param lot the lot number, unique per product
 * @param expiryDate the last day the units may be used
 * @param onHand units physically in stock, never negative
 * @param status whether it may be sold at all
 * @param receiptSequence the order of receipt, which breaks ties between equal expiry dates
 */
public record Batch(
        BatchId id,
        ProductId productId,
        LotNumber lot,
        LocalDate expiryDate,
        int onHand,
        BatchStatus status,
        long receiptSequence) {

    public Batch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(expiryDate, "expiryDate");
        Objects.requireNonNull(status, "status");
        if (onHand < 0) {
            throw new IllegalArgumentException("stock on hand is never negative");
        }
    }

    /** Whether the lot has passed its last day of use by {@code today}. */
    public boolean isExpiredOn(LocalDate today) {
        return !expiryDate.isAfter(today);
    }

    public Batch withOnHand(int units) {
        return new Batch(id, productId, lot, expiryDate, units, status, receiptSequence);
    }

    public Batch withStatus(BatchStatus newStatus) {
        return new Batch(id, productId, lot, expiryDate, onHand, newStatus, receiptSequence);
    }
}
