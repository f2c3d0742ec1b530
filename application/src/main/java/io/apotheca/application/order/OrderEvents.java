package io.apotheca.application.order;

import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.events.port.out.Outbox;
import io.apotheca.application.inventory.InventoryPorts;
import io.apotheca.domain.order.Order;
import java.util.Map;
import java.util.TreeMap;

/**
 * Records what happened to an order in the outbox, inside the transaction that did it: the order
 * use cases and the payment use cases (paid, confirmed, refunded) write the same shape of event.
 */
public final class OrderEvents {

    private OrderEvents() {}

    static void record(OrderPorts ports, String type, Order order, Map<String, String> more) {
        record(ports.outbox(), ports.inventory(), type, order, more);
    }

    /** Records an event about {@code order}, stamped with the order's status and customer. */
    public static void record(
            Outbox outbox, InventoryPorts inventory, String type, Order order, Map<String, String> more) {
        Map<String, String> data = new TreeMap<>(more);
        data.put("status", order.status().name());
        data.put("customerId", order.details().customer().toString());
        outbox.record(new DomainEvent(
                inventory.ids().next(),
                type,
                "order",
                order.id().toString(),
                data,
                inventory.clock().instant()));
    }
}
