package io.apotheca.application.payment;

import io.apotheca.application.events.DomainEvent;
import io.apotheca.domain.order.Order;
import java.util.Map;
import java.util.TreeMap;

/** Records what happened to an order's payment in the outbox, inside the transaction that did it. */
final class PaymentEvents {

    private PaymentEvents() {}

    static void record(PaymentPorts ports, String type, Order order, Map<String, String> more) {
        Map<String, String> data = new TreeMap<>(more);
        data.put("status", order.status().name());
        data.put("customerId", order.details().customer().toString());
        ports.outbox()
                .record(new DomainEvent(
                        ports.inventory().ids().next(),
                        type,
                        "order",
                        order.id().toString(),
                        data,
                        ports.inventory().clock().instant()));
    }
}
