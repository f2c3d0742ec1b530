package io.apotheca.persistence.outbound;

import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.outbound.port.out.EventDeliveries;
import io.apotheca.persistence.JdbiContext;
import io.apotheca.persistence.StringMaps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * The delivery queue in {@code event_deliveries}, beside the outbox it points into. A delivery is
 * due when its time has come and no earlier pending delivery about the same record to the same
 * destination waits for a later time: so the record's events go out in order, and a batch may
 * carry several of them at once. A claim moves the claimed deliveries' next attempt to the claim's
 * end, under a transaction-scoped advisory lock per destination, so a second deliverer waits for
 * the first claim to commit and then sees its deliveries, and the later ones of their records, as
 * not due.
 */
public final class JdbiEventDeliveries implements EventDeliveries {

    private final JdbiContext db;

    public JdbiEventDeliveries(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void queue(DomainEvent event, Optional<UUID> endpoint, Instant at) {
        db.with(h -> h.createUpdate("INSERT INTO event_deliveries (event_id, endpoint_id, ordering_key, queued_at,"
                        + " next_attempt_at) VALUES (:event, :endpoint, :key, :at, :at) ON CONFLICT DO NOTHING")
                .bind("event", event.id())
                .bind("endpoint", endpoint.orElse(null))
                .bind("key", event.aggregateType() + ":" + event.aggregateId())
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public List<QueuedDelivery> claimDue(Optional<UUID> endpoint, Instant now, int limit, Instant claimedUntil) {
        return db.with(h -> {
            // one claim per destination at a time: a second deliverer then sees the first's claims
            h.createQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('event_deliveries:' || :destination)))"
                            + " AS locked")
                    .bind("destination", endpoint.map(UUID::toString).orElse("broker"))
                    .mapTo(Integer.class)
                    .one();
            var query = h.createQuery(endpoint.isPresent() ? DUE_TO_ENDPOINT : DUE_TO_BROKER)
                    .bind("now", now.atOffset(ZoneOffset.UTC))
                    .bind("limit", limit);
            endpoint.ifPresent(id -> query.bind("endpoint", id));
            List<QueuedDelivery> due = query.map((rs, ctx) -> queued(rs)).list();
            if (!due.isEmpty()) {
                h.createUpdate("UPDATE event_deliveries SET next_attempt_at = :until WHERE id = ANY(:ids)")
                        .bind("until", claimedUntil.atOffset(ZoneOffset.UTC))
                        .bindArray(
                                "ids",
                                Long.class,
                                due.stream().map(QueuedDelivery::id).toList())
                        .execute();
            }
            return due;
        });
    }

    /**
     * Due to one destination: its time has come, and no earlier delivery about the same record to
     * the same destination waits for a later time (a retry, or a claim).
     */
    private static final String DUE = """
            SELECT d.id, d.attempts, d.queued_at, o.id AS event_id, o.type, o.aggregate_type,
                   o.aggregate_id, o.payload::text AS payload, o.occurred_at
            FROM event_deliveries d JOIN outbox o ON o.id = d.event_id
            WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now AND %1$s
              AND NOT EXISTS (
                  SELECT 1 FROM event_deliveries e
                  WHERE e.status = 'PENDING' AND e.ordering_key = d.ordering_key AND e.id < d.id
                    AND %2$s AND e.next_attempt_at > :now)
            ORDER BY d.id LIMIT :limit
            FOR UPDATE OF d SKIP LOCKED""";

    private static final String DUE_TO_BROKER = DUE.formatted("d.endpoint_id IS NULL", "e.endpoint_id IS NULL");

    private static final String DUE_TO_ENDPOINT =
            DUE.formatted("d.endpoint_id = CAST(:endpoint AS uuid)", "e.endpoint_id = d.endpoint_id");

    private static QueuedDelivery queued(ResultSet rs) throws SQLException {
        return new QueuedDelivery(
                rs.getLong("id"),
                new DomainEvent(
                        rs.getObject("event_id", UUID.class),
                        rs.getString("type"),
                        rs.getString("aggregate_type"),
                        rs.getString("aggregate_id"),
                        StringMaps.fromJson(rs.getString("payload")),
                        instant(rs, "occurred_at")),
                rs.getInt("attempts"),
                instant(rs, "queued_at"));
    }

    @Override
    public void release(List<Long> ids, Instant now) {
        db.with(h -> h.createUpdate(
                        "UPDATE event_deliveries SET next_attempt_at = :now WHERE id = ANY(:ids) AND status = 'PENDING'")
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .bindArray("ids", Long.class, ids)
                .execute());
    }

    @Override
    public void restart(UUID endpoint, Instant now) {
        db.with(h -> h.createUpdate("""
                        UPDATE event_deliveries SET attempts = 0, queued_at = :now, next_attempt_at = :now
                        WHERE endpoint_id = :endpoint AND status = 'PENDING'""")
                .bind("endpoint", endpoint)
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public void skipped(long id, Instant at) {
        db.with(h -> h.createUpdate("UPDATE event_deliveries SET status = 'SKIPPED', last_attempt_at = :at,"
                        + " last_error = 'the endpoint no longer asks for this event type' WHERE id = :id")
                .bind("id", id)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public List<UUID> endpointsDue(Instant now) {
        return db.with(h -> h.createQuery("""
                        SELECT w.id FROM webhook_endpoints w
                        WHERE w.active AND EXISTS (
                            SELECT 1 FROM event_deliveries d
                            WHERE d.endpoint_id = w.id AND d.status = 'PENDING' AND d.next_attempt_at <= :now)
                        ORDER BY w.id""")
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .mapTo(UUID.class)
                .list());
    }

    @Override
    public void delivered(long id, Instant at, OptionalInt status) {
        db.with(h -> h.createUpdate("""
                        UPDATE event_deliveries SET status = 'DELIVERED', attempts = attempts + 1,
                            last_attempt_at = :at, delivered_at = :at, last_response_status = :status, last_error = NULL
                        WHERE id = :id""")
                .bind("id", id)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .bind("status", status.isPresent() ? status.getAsInt() : null)
                .execute());
    }

    @Override
    public void failed(long id, Instant at, OptionalInt status, String error, Instant next) {
        attempted(id, "PENDING", at, status, error, next);
    }

    @Override
    public void givenUp(long id, Instant at, OptionalInt status, String error) {
        attempted(id, "GIVEN_UP", at, status, error, at);
    }

    private void attempted(long id, String outcome, Instant at, OptionalInt status, String error, Instant next) {
        db.with(h -> h.createUpdate("""
                        UPDATE event_deliveries SET status = :outcome, attempts = attempts + 1, last_attempt_at = :at,
                            last_response_status = :status, last_error = :error, next_attempt_at = :next
                        WHERE id = :id""")
                .bind("id", id)
                .bind("outcome", outcome)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .bind("status", status.isPresent() ? status.getAsInt() : null)
                .bind("error", error.length() > 500 ? error.substring(0, 500) : error)
                .bind("next", next.atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public List<DeliveryRecord> log(UUID endpoint, int limit) {
        return db.with(h -> h.createQuery(LOG + " WHERE d.endpoint_id = :endpoint ORDER BY d.id DESC LIMIT :limit")
                .bind("endpoint", endpoint)
                .bind("limit", limit)
                .map((rs, ctx) -> record(rs))
                .list());
    }

    @Override
    public Optional<DeliveryRecord> byId(UUID endpoint, long id) {
        return db.with(h -> h.createQuery(LOG + " WHERE d.endpoint_id = :endpoint AND d.id = :id")
                .bind("endpoint", endpoint)
                .bind("id", id)
                .map((rs, ctx) -> record(rs))
                .findOne());
    }

    @Override
    public void requeue(long id, Instant now) {
        db.with(h -> h.createUpdate("""
                        UPDATE event_deliveries SET status = 'PENDING', attempts = 0, queued_at = :now,
                            next_attempt_at = :now, delivered_at = NULL
                        WHERE id = :id""")
                .bind("id", id)
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public Backlog backlog() {
        return db.with(h -> h.createQuery("""
                        SELECT count(*) FILTER (WHERE endpoint_id IS NULL) AS broker,
                               count(*) FILTER (WHERE endpoint_id IS NOT NULL) AS webhooks
                        FROM event_deliveries WHERE status = 'PENDING'""")
                .map((rs, ctx) -> new Backlog(rs.getLong("broker"), rs.getLong("webhooks")))
                .one());
    }

    private static final String LOG = """
            SELECT d.id, d.event_id, o.type, d.status, d.attempts, d.queued_at, d.last_attempt_at,
                   d.last_response_status, d.last_error, d.next_attempt_at, d.delivered_at
            FROM event_deliveries d JOIN outbox o ON o.id = d.event_id""";

    private static DeliveryRecord record(ResultSet rs) throws SQLException {
        int status = rs.getInt("last_response_status");
        boolean answered = !rs.wasNull();
        String state = rs.getString("status");
        return new DeliveryRecord(
                rs.getLong("id"),
                rs.getObject("event_id", UUID.class),
                rs.getString("type"),
                state,
                rs.getInt("attempts"),
                instant(rs, "queued_at"),
                optionalInstant(rs, "last_attempt_at"),
                answered ? OptionalInt.of(status) : OptionalInt.empty(),
                Optional.ofNullable(rs.getString("last_error")),
                state.equals("PENDING") ? optionalInstant(rs, "next_attempt_at") : Optional.empty(),
                optionalInstant(rs, "delivered_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
