package io.apotheca.rabbitmq;

import io.apotheca.application.events.DomainEvent;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Events as the outbox hands them to the publisher, all at one fixed moment. */
final class PharmacyEvents {

    /** When every event here happened: whole seconds, as an AMQP timestamp keeps them. */
    static final Instant AT = Instant.parse("2025-03-14T09:26:53Z");

    private PharmacyEvents() {}

    static DomainEvent orderPlaced(String order, long totalMinor, String currency) {
        return event("order.placed", "order", order, Map.of("total", Long.toString(totalMinor), "currency", currency));
    }

    static DomainEvent orderCancelled(String order) {
        return event("order.cancelled", "order", order, Map.of("reason", "customer_request"));
    }

    static DomainEvent prescriptionApproved(String prescription) {
        return event("prescription.approved", "prescription", prescription, Map.of());
    }

    private static DomainEvent event(String type, String aggregateType, String aggregateId, Map<String, String> data) {
        return new DomainEvent(UUID.randomUUID(), type, aggregateType, aggregateId, data, AT);
    }
}
