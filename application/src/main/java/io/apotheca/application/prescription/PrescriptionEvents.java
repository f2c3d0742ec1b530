package io.apotheca.application.prescription;

import io.apotheca.application.events.DomainEvent;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.prescription.Prescription;
import java.util.Map;
import java.util.TreeMap;

/** Records what happened to a prescription, and to its order, in the outbox of the same transaction. */
final class PrescriptionEvents {

    private PrescriptionEvents() {}

    static void record(PrescriptionPorts ports, String type, Prescription prescription, Map<String, String> more) {
        Map<String, String> data = new TreeMap<>(more);
        data.put("status", prescription.status().name());
        data.put("orderId", prescription.submission().orderId().toString());
        data.put("customerId", prescription.submission().customer().toString());
        ports.outbox()
                .record(new DomainEvent(
                        ports.ids().next(),
                        type,
                        "prescription",
                        prescription.id().toString(),
                        data,
                        ports.clock().instant()));
    }

    static void recordOrder(PrescriptionPorts ports, String type, Order order) {
        ports.outbox()
                .record(new DomainEvent(
                        ports.ids().next(),
                        type,
                        "order",
                        order.id().toString(),
                        Map.of(
                                "status",
                                order.status().name(),
                                "customerId",
                                order.details().customer().toString()),
                        ports.clock().instant()));
    }
}
