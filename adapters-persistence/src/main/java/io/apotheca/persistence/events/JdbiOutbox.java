package io.apotheca.persistence.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.events.port.out.Outbox;
import io.apotheca.persistence.JdbiContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The outbox in {@code outbox}; relays lock rows with {@code SKIP LOCKED}, so two never take one event. */
public final class JdbiOutbox implements Outbox {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbiContext db;

    public JdbiOutbox(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void record(DomainEvent event) {
        db.with(h -> h.createUpdate("""
                        INSERT INTO outbox (id, type, aggregate_type, aggregate_id, payload, occurred_at)
                        VALUES (:id, :type, :aggregateType, :aggregateId, CAST(:payload AS jsonb), :at)""")
                .bind("id", event.id())
                .bind("type", event.type())
                .bind("aggregateType", event.aggregateType())
                .bind("aggregateId", event.aggregateId())
                .bind("payload", json(event.data()))
                .bind("at", event.occurredAt().atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public List<DomainEvent> lockUnpublished(int limit) {
        return db.with(h -> h.createQuery("""
                        SELECT id, type, aggregate_type, aggregate_id, payload::text AS payload, occurred_at FROM outbox
                        WHERE published_at IS NULL ORDER BY sequence LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .bind("limit", limit)
                .map((row, ctx) -> new DomainEvent(
                        row.getObject("id", UUID.class),
                        row.getString("type"),
                        row.getString("aggregate_type"),
                        row.getString("aggregate_id"),
                        data(row.getString("payload")),
                        row.getObject("occurred_at", OffsetDateTime.class).toInstant()))
                .list());
    }

    @Override
    public void markPublished(UUID eventId, Instant at) {
        db.with(h -> h.createUpdate("UPDATE outbox SET published_at = :at, attempts = attempts + 1 WHERE id = :id")
                .bind("id", eventId)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public void markFailed(UUID eventId) {
        db.with(h -> h.createUpdate("UPDATE outbox SET attempts = attempts + 1 WHERE id = :id")
                .bind("id", eventId)
                .execute());
    }

    private static String json(Map<String, String> data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event data are plain strings", e);
        }
    }

    private static Map<String, String> data(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable event payload", e);
        }
    }
}
