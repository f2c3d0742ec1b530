package io.apotheca.application.order;

import io.apotheca.application.inventory.InventoryPorts;
import io.apotheca.application.inventory.StockLevels;
import io.apotheca.application.inventory.port.out.StockMovements.Movement;
import io.apotheca.application.order.port.in.FulfilOrdersUseCase;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Commands;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Refusal.Reason;
import io.apotheca.application.shared.RollbackRefusal;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.inventory.Batch;
import io.apotheca.domain.inventory.FefoAllocation;
import io.apotheca.domain.inventory.ProductStock;
import io.apotheca.domain.inventory.SellableBatchPolicy;
import io.apotheca.domain.order.DispensedLot;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.payment.PaymentStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Dispensing, shipping and delivery, each audited. */
final class FulfilmentService implements FulfilOrdersUseCase {

    private final OrderPorts ports;
    private final InventoryPorts inventory;
    private final StockLevels stock;

    FulfilmentService(OrderPorts ports) {
        this.ports = ports;
        this.inventory = ports.inventory();
        this.stock = new StockLevels(inventory);
    }

    @Override
    public Outcome<Placed> fulfil(Caller caller, UUID orderId) {
        return Access.signedIn(caller).then(principal -> {
            if (principal.role() != Role.ADMIN && !inventory.pharmacists().actsAsPharmacist(principal)) {
                return Outcome.refused(Refusal.forbidden());
            }
            return Commands.run(
                    inventory.transactions(),
                    () -> transition(
                            caller,
                            orderId,
                            "order.fulfilled",
                            order -> order instanceof Order.Fulfillable fulfillable
                                    ? Optional.of(dispense(principal, fulfillable))
                                    : Optional.empty()));
        });
    }

    @Override
    public Outcome<Placed> ship(Caller caller, UUID orderId) {
        return Access.admin(caller)
                .then(admin -> Commands.run(
                        inventory.transactions(),
                        () -> transition(
                                caller,
                                orderId,
                                "order.shipped",
                                order -> order instanceof Order.Fulfilled f
                                        ? Optional.of(f.ship(now()))
                                        : Optional.empty())));
    }

    @Override
    public Outcome<Placed> deliver(Caller caller, UUID orderId) {
        return Access.admin(caller)
                .then(admin -> Commands.run(
                        inventory.transactions(),
                        () -> transition(
                                caller,
                                orderId,
                                "order.delivered",
                                order -> order instanceof Order.Shipped s
                                        ? Optional.of(deliver(s))
                                        : Optional.empty())));
    }

    /** Handed to the patient; cash on delivery is collected now. */
    private Order deliver(Order.Shipped shipped) {
        if (shipped.cashOnDelivery()) {
            ports.payments().ofOrder(shipped.id()).stream()
                    .filter(p -> p.status() == PaymentStatus.CONFIRMED)
                    .forEach(p -> ports.payments().update(p.collected()));
        }
        return shipped.deliver(now());
    }

    private Outcome<Placed> transition(
            Caller caller, UUID orderId, String action, Function<Order, Optional<Order>> step) {
        Optional<Placed> placed = ports.orders().lock(new OrderId(orderId));
        if (placed.isEmpty()) {
            return Outcome.refused(Refusal.notFound());
        }
        Order before = placed.get().order();
        Optional<Order> after = step.apply(before);
        if (after.isEmpty()) {
            return Outcome.refused(Refusal.of(
                    Reason.INVALID_TRANSITION,
                    "An order that is " + before.status() + " cannot be " + action.substring(6) + "."));
        }
        ports.orders().update(after.get());
        ports.audit()
                .record(
                        caller,
                        action,
                        "order",
                        orderId.toString(),
                        Map.of("from", before.status().name()));
        OrderEvents.record(
                ports, action, after.get(), Map.of("from", before.status().name()));
        return Outcome.done(ports.orders().byId(placed.get().order().id()).orElseThrow());
    }

    /**
     * Takes each line's units from the soonest-expiring sellable lots (products locked in id order),
     * writes the ledger, and turns the order's holds into these deductions.
     */
    private Order dispense(Principal actor, Order.Fulfillable order) {
        Instant now = now();
        SellableBatchPolicy policy = inventory.sellable();
        Map<ProductId, List<DispensedLot>> dispensed = new HashMap<>();
        List<OrderLine> lines = order.details().lines().stream()
                .sorted(Comparator.comparing(l -> l.productId().value()))
                .toList();
        for (OrderLine line : lines) {
            ProductStock locked = stock.lockedOf(line.productId());
            FefoAllocation.Result result = FefoAllocation.allocate(locked.batches(), line.quantity(), policy);
            if (!(result instanceof FefoAllocation.Allocated allocated)) {
                throw new RollbackRefusal(Refusal.of(
                        Reason.INSUFFICIENT_STOCK,
                        "Not enough sellable stock left to dispense " + line.name() + " (" + line.productId() + ")."));
            }
            Map<io.apotheca.domain.inventory.BatchId, Batch> byId = new HashMap<>();
            locked.batches().forEach(b -> byId.put(b.id(), b));
            for (FefoAllocation.Take take : allocated.takes()) {
                Batch batch = byId.get(take.batchId());
                inventory.batches().update(batch.withOnHand(batch.onHand() - take.quantity()));
                inventory
                        .movements()
                        .record(new Movement(
                                inventory.ids().next(),
                                batch.id(),
                                "DISPENSED",
                                -take.quantity(),
                                Optional.empty(),
                                Optional.of(order.id().value()),
                                Optional.of(actor.userId()),
                                now));
            }
            dispensed.put(
                    line.productId(),
                    allocated.takes().stream()
                            .map(t -> new DispensedLot(t.lot(), t.expiryDate(), t.quantity()))
                            .toList());
        }
        inventory.holds().settleAll(order.id(), now);
        return order.fulfil(dispensed, now);
    }

    private Instant now() {
        return inventory.clock().instant();
    }
}
