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
import java.util.concurrent.CopyOnWriteArrayList;

/** Holds in a list; released ones keep their release time. */
public final class InMemoryStockHolds implements StockHolds {

    /** One hold of an order's line. */
    public record Hold(
            UUID id, OrderId order, ProductId product, int quantity, Instant placedAt, Optional<Instant> releasedAt) {}

    private final List<Hold> holds = new CopyOnWriteArrayList<>();

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
        products.forEach(p -> {
            int units = heldOf(p);
            if (units > 0) {
                held.put(p, units);
            }
        });
        return held;
    }

    @Override
    public synchronized void place(UUID holdId, OrderId order, ProductId product, int quantity, Instant at) {
        if (holds.stream().anyMatch(h -> h.order().equals(order) && h.product().equals(product))) {
            throw new IllegalStateException("one hold per order line");
        }
        holds.add(new Hold(holdId, order, product, quantity, at, Optional.empty()));
    }

    @Override
    public synchronized void releaseAll(OrderId order, Instant at) {
        holds.replaceAll(h -> h.order().equals(order) && h.releasedAt().isEmpty()
                ? new Hold(h.id(), h.order(), h.product(), h.quantity(), h.placedAt(), Optional.of(at))
                : h);
    }

    /** Every hold of the order, open or released. */
    public List<Hold> of(OrderId order) {
        return holds.stream().filter(h -> h.order().equals(order)).toList();
    }
}
