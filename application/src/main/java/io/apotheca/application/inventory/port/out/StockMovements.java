package io.apotheca.application.inventory.port.out;

import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.inventory.BatchId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The stock ledger: every receipt, adjustment and dispensing of a lot. Only ever appended to. */
public interface StockMovements {

    void record(Movement movement);

    /**
     * @param id the movement's id
     * @param batchId the lot
     * @param kind {@code RECEIPT}, {@code ADJUSTMENT} or {@code DISPENSED}
     * @param delta signed change of units on hand
     * @param reason why, required for adjustments
     * @param orderId the order dispensed to, for dispensing
     * @param actor who did it
     * @param at when
     */
    record Movement(
            UUID id,
            BatchId batchId,
            String kind,
            int delta,
            Optional<String> reason,
            Optional<UUID> orderId,
            Optional<UserId> actor,
            Instant at) {}
}
