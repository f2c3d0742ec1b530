package io.apotheca.persistence.events;

import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.events.port.out.Outbox;
import io.apotheca.persistence.JdbiContext;
import io.apotheca.persistence.OneTrip;
import io.apotheca.persistence.StringMaps;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The outbox in {@code outbox}; relays lock rows with {@code SKIP LOCKED}, so two never take one event. */
public final class JdbiOutbox implements Outbox {

    private final JdbiContext db;

    public JdbiOutbox(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void record(DomainEvent event) {
        db.with(h -> {
            OneTrip trip = new OneTrip();
            addTo(trip, event);
            trip.send(h);
            return null;
        });
    }

    /** Adds the statement that records the event to a round trip. */
    public static void addTo(OneTrip trip, DomainEvent event) {
        trip.execute(
                """
                INSERT INTO outbox (id, type, aggregate_type, aggregate_id, payload, occurred_at)
                VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?)""",
                event.id(),
                event.type(),
                event.aggregateType(),
                event.aggregateId(),
                StringMaps.toJson(event.data()),
                event.occurredAt().atOffset(ZoneOffset.UTC));
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
                        StringMaps.fromJson(row.getString("payload")),
                        row.getObject("occurred_at", OffsetDateTime.class).toInstant()))
                .list());
    }

    @Override
    public void markPublished(List<UUID> eventIds, Instant at) {
        db.with(h -> h.createUpdate(
                        "UPDATE outbox SET published_at = :at, attempts = attempts + 1 WHERE id = ANY(:ids)")
                .bindArray("ids", UUID.class, eventIds)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public void markFailed(UUID eventId) {
        db.with(h -> h.createUpdate("UPDATE outbox SET attempts = attempts + 1 WHERE id = :id")
                .bind("id", eventId)
                .execute());
    }
}
