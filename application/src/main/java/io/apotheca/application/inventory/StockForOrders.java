package io.apotheca.application.inventory;

import io.apotheca.application.inventory.port.out.StockMovements.Movement;
import io.apotheca.application.order.port.out.OrderStock;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.inventory.Batch;
import io.apotheca.domain.inventory.BatchId;
import io.apotheca.domain.inventory.FefoAllocation;
import io.apotheca.domain.inventory.ProductStock;
import io.apotheca.domain.inventory.SellableBatchPolicy;
import io.apotheca.domain.order.DispensedLot;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderLine;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The shelf as orders see it: holds, first-expiry-first-out dispensing, and quarantine after a refund. */
public final class StockForOrders implements OrderStock {

    private final InventoryPorts ports;
    private final StockLevels levels;

    public StockForOrders(InventoryPorts ports) {
        this.ports = ports;
        this.levels = new StockLevels(ports);
    }

    @Override
    public boolean hold(OrderId order, ProductId product, int quantity, Instant at) {
        return ports.holds().hold(ports.kernel().ids().next(), order, product, quantity, at);
    }

    @Override
    public int available(ProductId product) {
        return levels.available(product);
    }

    @Override
    public void release(OrderId order, Instant at) {
        ports.holds().releaseAll(order, at);
    }

    @Override
    public void release(OrderId order, java.util.Set<ProductId> products, Instant at) {
        ports.holds().releaseOf(order, products, at);
    }

    @Override
    public Dispensing dispense(OrderId order, List<OrderLine> lines, UserId pharmacist, Instant at) {
        SellableBatchPolicy policy = ports.sellable();
        Map<ProductId, List<DispensedLot>> dispensed = new HashMap<>();
        List<OrderLine> byProduct = lines.stream()
                .sorted(Comparator.comparing(l -> l.productId().value()))
                .toList();
        for (OrderLine line : byProduct) {
            ProductStock locked = levels.lockedOf(line.productId());
            FefoAllocation.Result result =
                    FefoAllocation.allocate(locked.batches(), line.quantity().units(), policy);
            if (!(result instanceof FefoAllocation.Allocated allocated)) {
                return new Short(line);
            }
            Map<BatchId, Batch> byId =
                    locked.batches().stream().collect(Collectors.toMap(Batch::id, Function.identity()));
            for (FefoAllocation.Take take : allocated.takes()) {
                Batch batch = byId.get(take.batchId());
                ports.batches().update(batch.withOnHand(batch.onHand() - take.quantity()));
                ports.movements()
                        .record(new Movement(
                                ports.kernel().ids().next(),
                                batch.id(),
                                "DISPENSED",
                                -take.quantity(),
                                Optional.empty(),
                                Optional.of(order.value()),
                                Optional.of(pharmacist),
                                at));
            }
            dispensed.put(
                    line.productId(),
                    allocated.takes().stream()
                            .map(t -> new DispensedLot(t.lot(), t.expiryDate(), t.quantity()))
                            .toList());
        }
        ports.holds().settleAll(order, at);
        return new Dispensed(dispensed);
    }

    @Override
    public void quarantineDispensed(Order.Refunded order, Optional<UserId> by, Instant at) {
        for (OrderLine line : order.details().lines()) {
            List<Batch> batches = ports.batches().ofProduct(line.productId());
            line.lots()
                    .forEach(lot -> batches.stream()
                            .filter(b -> b.lot().equals(lot.lot()))
                            .findFirst()
                            .ifPresent(batch -> ports.movements()
                                    .record(new Movement(
                                            ports.kernel().ids().next(),
                                            batch.id(),
                                            "QUARANTINED",
                                            0,
                                            Optional.of(lot.quantity() + " unit(s) dispensed to order " + order.id()
                                                    + ", refunded: quarantined if returned, never back on sale"),
                                            Optional.of(order.id().value()),
                                            by,
                                            at))));
        }
    }
}
