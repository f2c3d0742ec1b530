package io.apotheca.domain.inventory;

import io.apotheca.domain.catalog.ProductId;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Test fixtures that speak the domain: {@code aBatch().expiringIn(200).withQuantity(10).build()}. */
final class Batches {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final ProductId PARACETAMOL = new ProductId(new UUID(1, 1));
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private LocalDate expiry = TODAY.plusDays(365);
    private int quantity = 10;
    private BatchStatus status = BatchStatus.ACTIVE;
    private long sequence = SEQUENCE.incrementAndGet();

    static Batches aBatch() {
        return new Batches();
    }

    Batches expiringIn(int days) {
        expiry = TODAY.plusDays(days);
        return this;
    }

    Batches withQuantity(int units) {
        quantity = units;
        return this;
    }

    Batches withStatus(BatchStatus batchStatus) {
        status = batchStatus;
        return this;
    }

    Batches receivedAs(long receipt) {
        sequence = receipt;
        return this;
    }

    Batch build() {
        long n = sequence;
        return new Batch(
                new BatchId(new UUID(2, n)), PARACETAMOL, new LotNumber("LOT-" + n), expiry, quantity, status, n);
    }
}
