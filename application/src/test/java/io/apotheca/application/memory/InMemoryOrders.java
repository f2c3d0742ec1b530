package io.apotheca.application.memory;

import io.apotheca.application.order.port.out.Orders;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderStatus;
import io.apotheca.domain.order.ShippingAddress;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Orders in a map, listed newest first by id (ids are time-ordered). */
public final class InMemoryOrders implements Orders {

    private final Map<OrderId, Placed> orders = new ConcurrentHashMap<>();

    @Override
    public void add(Order order, ShippingAddress address) {
        if (orders.putIfAbsent(order.id(), new Placed(order, address)) != null) {
            throw new IllegalStateException("order " + order.id() + " exists");
        }
    }

    /** Every order, in no particular order. */
    public List<Placed> all() {
        return List.copyOf(orders.values());
    }

    @Override
    public Optional<Placed> byId(OrderId id) {
        return Optional.ofNullable(orders.get(id));
    }

    @Override
    public Optional<Placed> lock(OrderId id) {
        return byId(id);
    }

    @Override
    public List<OrderId> holdExpiredBy(Instant now, int limit) {
        return orders.values().stream()
                .map(Placed::order)
                .filter(o -> o instanceof Order.Open open && open.holdExpiredAt(now))
                .map(o -> (Order.Open) o)
                .sorted(Comparator.comparing(Order.Open::holdExpiresAt))
                .limit(limit)
                .map(Order::id)
                .toList();
    }

    @Override
    public void update(Order order) {
        orders.computeIfPresent(order.id(), (id, placed) -> new Placed(order, placed.address()));
    }

    @Override
    public java.util.Map<OrderId, java.time.Instant> holdsOf(java.util.Collection<OrderId> ids) {
        java.util.Map<OrderId, java.time.Instant> holds = new java.util.HashMap<>();
        for (OrderId id : ids) {
            Placed placed = orders.get(id);
            if (placed != null && placed.order() instanceof io.apotheca.domain.order.Order.Open open) {
                holds.put(id, open.holdExpiresAt());
            }
        }
        return holds;
    }

    @Override
    public void withdrawLines(Order order, java.util.Set<io.apotheca.domain.catalog.ProductId> withdrawn) {
        update(order); // the order's details already leave the withdrawn lines out
    }

    @Override
    public boolean anyInFlight(UserId customer) {
        return orders.values().stream()
                .anyMatch(p -> p.order().details().customer().equals(customer)
                        && p.order().status().inFlight());
    }

    @Override
    public void anonymiseAddresses(UserId customer) {
        orders.replaceAll((id, p) -> p.order().details().customer().equals(customer)
                ? new Placed(p.order(), p.address().anonymised(), p.prescriptionIds(), p.payment())
                : p);
    }

    @Override
    public List<Placed> list(
            Optional<UserId> customer, Optional<OrderStatus> status, Optional<OrderId> before, int limit) {
        return orders.values().stream()
                .filter(p ->
                        customer.isEmpty() || p.order().details().customer().equals(customer.get()))
                .filter(p -> status.isEmpty() || p.order().status() == status.get())
                .filter(p -> before.isEmpty()
                        || Ids.compare(p.order().id().value(), before.get().value()) < 0)
                .sorted(Comparator.comparing((Placed p) -> p.order().id().value(), Ids::compare)
                        .reversed())
                .limit(limit)
                .toList();
    }
}
