package io.apotheca.application.memory;

import io.apotheca.application.inventory.port.out.StockHolds;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.order.OrderId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Holds in a list, and what may still be held as one count per product (no split: no concurrency here). */
public final class InMemoryStockHolds implements StockHolds {

    /** One hold of an order's line. */
    public record Hold(
            UUID id, OrderId order, ProductId product, int quantity, Instant placedAt, Optional<Instant> releasedAt) {}

    private final List<Hold> holds = new CopyOnWriteArrayList<>();
    private final Map<ProductId, Integer> available = new ConcurrentHashMap<>();

    @Override
    public int heldOf(ProductId product) {
        return holds.stream()
                .filter(h -> h.releasedAt().isEmpty() && h.product().equals(product))
                .mapToInt(Hold::quantity)
                .sum();
    }

    @Override
    public Map<ProductId, Integer> heldOf(List<ProductId> products) {
        Map<ProductId, Integer> held = new HashMap<>();
        products.forEach(p -> held.put(p, heldOf(p)));
        return held;
    }

    @Override
    public synchronized boolean hold(UUID holdId, OrderId order, ProductId product, int quantity, Instant at) {
        int left = available.getOrDefault(product, 0);
        if (left < quantity) {
            return false;
        }
        available.put(product, left - quantity);
        holds.add(new Hold(holdId, order, product, quantity, at, Optional.empty()));
        return true;
    }

    @Override
    public synchronized void releaseAll(OrderId order, Instant at) {
        close(order, at, true);
    }

    @Override
    public synchronized void releaseOf(OrderId order, java.util.Set<ProductId> products, Instant at) {
        holds.replaceAll(h -> {
            if (!h.order().equals(order) || h.releasedAt().isPresent() || !products.contains(h.product())) {
                return h;
            }
            available.merge(h.product(), h.quantity(), Integer::sum);
            return new Hold(h.id(), h.order(), h.product(), h.quantity(), h.placedAt(), Optional.of(at));
        });
    }

    @Override
    public synchronized void settleAll(OrderId order, Instant at) {
        close(order, at, false);
    }

    @Override
    public int lock(ProductId product) {
        return heldOf(product);
    }

    @Override
    public synchronized void spread(ProductId product, int sellableOnHand) {
        available.put(product, sellableOnHand - heldOf(product));
    }

    /** Every hold, open or closed. */
    public List<Hold> all() {
        return List.copyOf(holds);
    }

    /** Every hold of the order, open or closed. */
    public List<Hold> of(OrderId order) {
        return holds.stream().filter(h -> h.order().equals(order)).toList();
    }

    private void close(OrderId order, Instant at, boolean giveBack) {
        holds.replaceAll(h -> {
            if (!h.order().equals(order) || h.releasedAt().isPresent()) {
                return h;
            }
            if (giveBack) {
                available.merge(h.product(), h.quantity(), Integer::sum);
            }
            return new Hold(h.id(), h.order(), h.product(), h.quantity(), h.placedAt(), Optional.of(at));
        });
    }
}
