package io.apotheca.application.events;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Something that happened to the pharmacy's records, for whoever listens (e-mails, analytics, a
 * broker). Data holds ids and codes only, never personal data.
 *
 * @param id unique: consumers deduplicate by it
 * @param type such as {@code order.placed}
 * @param aggregateType such as {@code order}
 * @param aggregateId the record's id
 * @param data further ids and codes
 * @param occurredAt when
 */
public record DomainEvent(
        UUID id, String type, String aggregateType, String aggregateId, Map<String, String> data, Instant occurredAt) {

    public DomainEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        data = java.util.Collections.unmodifiableMap(new TreeMap<>(data));
    }
}
