package io.apotheca.application.order;

import io.apotheca.application.events.EventEnvelopes;
import io.apotheca.application.events.PharmacyEvent;
import io.apotheca.application.events.PharmacyEvent.OrderDelivered;
import io.apotheca.application.events.PharmacyEvent.OrderFulfilled;
import io.apotheca.application.events.PharmacyEvent.OrderShipped;
import io.apotheca.application.order.port.in.FulfilOrdersUseCase;
import io.apotheca.application.order.port.out.CardCharges;
import io.apotheca.application.order.port.out.OrderStock;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.InventoryReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.order.OrderStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Dispensing, shipping and delivery, each audited. */
final class FulfilmentService implements FulfilOrdersUseCase {

    private final OrderPorts ports;

    FulfilmentService(OrderPorts ports) {
        this.ports = ports;
    }

    @Override
    public Outcome<Placed> fulfil(Caller caller, UUID orderId) {
        return fulfil(caller, orderId, Set.of());
    }

    @Override
    public Outcome<Placed> fulfil(Caller caller, UUID orderId, Set<UUID> withdrawn) {
        return Access.signedIn(caller).then(principal -> {
            if (principal.role() != Role.ADMIN && !ports.pharmacists().actsAsPharmacist(principal)) {
                return Outcome.refused(Refusal.forbidden());
            }
            Optional<Placed> current = ports.orders().byId(new OrderId(orderId));
            if (current.isPresent() && CardCharges.chargedAtDispensing(current.get())) {
                Set<ProductId> lines = withdrawn.stream().map(ProductId::new).collect(Collectors.toSet());
                return ports.cards().charge(caller, new OrderId(orderId), lines);
            }
            if (!withdrawn.isEmpty()) {
                return Outcome.refused(new Validation()
                        .problem("withdraw", "only an order whose card is charged at dispensing may leave lines out")
                        .refusal()
                        .orElseThrow());
            }
            // all or nothing: a line short of sellable stock undoes the lots already taken
            return ports.kernel()
                    .transactions()
                    .allOrNothing(() -> transition(
                            caller,
                            orderId,
                            OrderFulfilled.TYPE,
                            OrderFulfilled::new,
                            order -> order instanceof Order.Fulfillable fulfillable
                                    ? dispense(principal, fulfillable)
                                    : invalidTransition(order, OrderFulfilled.TYPE)));
        });
    }

    @Override
    public Outcome<Placed> ship(Caller caller, UUID orderId) {
        return Access.admin(caller)
                .then(admin -> ports.kernel()
                        .transactions()
                        .inTransaction(() -> transition(
                                caller,
                                orderId,
                                OrderShipped.TYPE,
                                OrderShipped::new,
                                order -> order instanceof Order.Fulfilled f
                                        ? Outcome.done(f.ship(now()))
                                        : invalidTransition(order, OrderShipped.TYPE))));
    }

    @Override
    public Outcome<Placed> deliver(Caller caller, UUID orderId) {
        return Access.admin(caller)
                .then(admin -> ports.kernel()
                        .transactions()
                        .inTransaction(() -> transition(
                                caller,
                                orderId,
                                OrderDelivered.TYPE,
                                OrderDelivered::new,
                                order -> order instanceof Order.Shipped s
                                        ? Outcome.done(deliver(s))
                                        : invalidTransition(order, OrderDelivered.TYPE))));
    }

    /** Handed to the patient; cash on delivery is collected now. */
    private Order deliver(Order.Shipped shipped) {
        if (shipped.cashOnDelivery()) {
            ports.cash().collectedOnDelivery(shipped.id());
        }
        return shipped.deliver(now());
    }

    /** Locks the order, takes the step, and records the new state, its audit entry and its event. */
    private Outcome<Placed> transition(
            Caller caller,
            UUID orderId,
            String action,
            BiFunction<Order, OrderStatus, PharmacyEvent> event,
            Function<Order, Outcome<Order>> step) {
        Optional<Placed> placed = ports.orders().lock(new OrderId(orderId));
        if (placed.isEmpty()) {
            return Outcome.refused(Refusal.notFound());
        }
        Order before = placed.get().order();
        return step.apply(before).then(after -> {
            ports.orders().update(after);
            ports.audit()
                    .record(
                            caller,
                            action,
                            "order",
                            orderId.toString(),
                            Map.of("from", before.status().name()));
            EventEnvelopes.record(ports.outbox(), ports.kernel(), event.apply(after, before.status()));
            return Outcome.done(ports.orders().byId(after.id()).orElseThrow());
        });
    }

    private static Outcome<Order> invalidTransition(Order order, String action) {
        return Outcome.refused(Refusal.of(
                CommonReason.INVALID_TRANSITION,
                "An order that is " + order.status() + " cannot be " + action.substring(6) + "."));
    }

    /** Takes each line's units from the shelf, first expiry first out, and records which lots went. */
    private Outcome<Order> dispense(Principal actor, Order.Fulfillable order) {
        Instant now = now();
        OrderStock.Dispensing dispensing =
                ports.stock().dispense(order.id(), order.details().lines(), actor.userId(), now);
        if (dispensing instanceof OrderStock.Short missing) {
            OrderLine line = missing.line();
            return Outcome.refused(Refusal.of(
                    InventoryReason.INSUFFICIENT_STOCK,
                    "Not enough sellable stock left to dispense " + line.name() + " (" + line.productId() + ")."));
        }
        ports.prescriptions().dispensed(order.id(), actor.userId(), now);
        return Outcome.done(order.fulfil(((OrderStock.Dispensed) dispensing).lots(), now));
    }

    private Instant now() {
        return ports.kernel().now();
    }
}
