package io.apotheca.application.memory;

import io.apotheca.application.inventory.port.out.Batches;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.inventory.Batch;
import io.apotheca.domain.inventory.BatchId;
import io.apotheca.domain.inventory.BatchStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Lots in a map; ids unique, a lot number unique per product; receipt sequence counts up from 1. */
public final class InMemoryBatches implements Batches {

    private static final Comparator<Batch> FEFO =
            Comparator.comparing(Batch::expiryDate).thenComparingLong(Batch::receiptSequence);

    private final Map<BatchId, Batch> batches = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    @Override
    public synchronized Optional<Batch> add(Batch batch) {
        if (batches.containsKey(batch.id())
                || batches.values().stream()
                        .anyMatch(b -> b.productId().equals(batch.productId())
                                && b.lot().equals(batch.lot()))) {
            return Optional.empty();
        }
        Batch stored = new Batch(
                batch.id(),
                batch.productId(),
                batch.lot(),
                batch.expiryDate(),
                batch.onHand(),
                batch.status(),
                sequence.incrementAndGet());
        batches.put(stored.id(), stored);
        return Optional.of(stored);
    }

    @Override
    public Optional<Batch> byId(BatchId id) {
        return Optional.ofNullable(batches.get(id));
    }

    @Override
    public List<Batch> ofProductLocked(ProductId product) {
        return ofProduct(product);
    }

    @Override
    public List<Batch> ofProduct(ProductId product) {
        return batches.values().stream()
                .filter(b -> b.productId().equals(product))
                .sorted(FEFO)
                .toList();
    }

    @Override
    public List<Batch> ofProducts(List<ProductId> products) {
        return products.stream().flatMap(p -> ofProduct(p).stream()).toList();
    }

    @Override
    public List<Batch> activeExpiringBy(LocalDate date, int limit) {
        return batches.values().stream()
                .filter(b -> b.status() == BatchStatus.ACTIVE
                        && b.onHand() > 0
                        && !b.expiryDate().isAfter(date))
                .sorted(FEFO)
                .limit(limit)
                .toList();
    }

    @Override
    public List<Batch> expiryCandidates(LocalDate date) {
        return batches.values().stream()
                .filter(b -> (b.status() == BatchStatus.ACTIVE || b.status() == BatchStatus.QUARANTINED)
                        && !b.expiryDate().isAfter(date))
                .sorted(FEFO)
                .toList();
    }

    @Override
    public synchronized boolean changeStatus(BatchId id, BatchStatus from, BatchStatus to) {
        Batch batch = batches.get(id);
        if (batch == null || batch.status() != from) {
            return false;
        }
        batches.put(id, batch.withStatus(to));
        return true;
    }

    @Override
    public void update(Batch batch) {
        batches.computeIfPresent(
                batch.id(), (id, stored) -> stored.withOnHand(batch.onHand()).withStatus(batch.status()));
    }
}
