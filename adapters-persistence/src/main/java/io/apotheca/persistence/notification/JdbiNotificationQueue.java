package io.apotheca.persistence.notification;

import io.apotheca.application.notification.port.out.Notification;
import io.apotheca.application.notification.port.out.NotificationKind;
import io.apotheca.application.notification.port.out.NotificationQueue;
import io.apotheca.domain.identity.UserId;
import io.apotheca.persistence.JdbiContext;
import io.apotheca.persistence.StringMaps;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Queued e-mails in {@code mail_queue}. The unique (event, recipient) pair makes a second enqueue of
 * one event a no-op; claiming is one {@code UPDATE … FOR UPDATE SKIP LOCKED}, so two senders never
 * claim one row.
 */
public final class JdbiNotificationQueue implements NotificationQueue {

    private final JdbiContext db;

    public JdbiNotificationQueue(JdbiContext db) {
        this.db = db;
    }

    @Override
    public boolean enqueue(Notification n) {
        return db.with(h -> h.createUpdate("""
                                INSERT INTO mail_queue (id, event_id, recipient_id, kind, data, queued_at, next_attempt_at,
                                                        priority)
                                SELECT :id, :eventId, :recipient, :kind, CAST(:data AS jsonb), :at, :at, :priority
                                WHERE EXISTS (SELECT 1 FROM users WHERE id = :recipient)
                                ON CONFLICT (event_id, recipient_id) DO NOTHING""")
                        .bind("id", n.id())
                        .bind("eventId", n.eventId())
                        .bind("recipient", n.recipient().value())
                        .bind("kind", n.kind().name())
                        .bind("priority", n.priority())
                        .bind("data", StringMaps.toJson(n.data()))
                        .bind("at", utc(n.queuedAt()))
                        .execute())
                == 1;
    }

    /**
     * Claims the due e-mails under a lease, the most urgent (a class I recall notice) first, then the
     * earliest due. An {@code UPDATE}'s {@code RETURNING}
     * keeps no order, so the claimed rows are sorted again by when they were due.
     */
    @Override
    public List<Notification> claimDue(Instant now, Instant leaseUntil, int limit) {
        return db.with(h -> h.createQuery("""
                        WITH claimed AS (
                            UPDATE mail_queue q SET attempts = q.attempts + 1, next_attempt_at = :leaseUntil
                            FROM (SELECT id, next_attempt_at FROM mail_queue
                                  WHERE sent_at IS NULL AND abandoned_at IS NULL AND next_attempt_at <= :now
                                  ORDER BY priority, next_attempt_at, queued_at LIMIT :limit FOR UPDATE SKIP LOCKED) due
                            WHERE q.id = due.id
                            RETURNING q.id, q.event_id, q.kind, q.recipient_id, q.data::text AS data, q.queued_at,
                                      q.attempts, q.priority, due.next_attempt_at AS due_at)
                        SELECT * FROM claimed ORDER BY priority, due_at, queued_at""")
                .bind("now", utc(now))
                .bind("leaseUntil", utc(leaseUntil))
                .bind("limit", limit)
                .map((row, ctx) -> new Notification(
                        row.getObject("id", UUID.class),
                        row.getObject("event_id", UUID.class),
                        NotificationKind.valueOf(row.getString("kind")),
                        new UserId(row.getObject("recipient_id", UUID.class)),
                        StringMaps.fromJson(row.getString("data")),
                        row.getObject("queued_at", OffsetDateTime.class).toInstant(),
                        row.getInt("attempts")))
                .list());
    }

    @Override
    public void markSent(Collection<UUID> ids, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        db.with(h -> h.createUpdate("UPDATE mail_queue SET sent_at = :at, last_error = NULL WHERE id = ANY(:ids)")
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .bindArray("ids", UUID.class, List.copyOf(ids))
                .execute());
    }

    @Override
    public void markFailed(UUID id, Instant retryAt, String reason) {
        db.with(h -> h.createUpdate(
                        "UPDATE mail_queue SET next_attempt_at = :retryAt, last_error = :reason WHERE id = :id")
                .bind("id", id)
                .bind("retryAt", utc(retryAt))
                .bind("reason", shortened(reason))
                .execute());
    }

    @Override
    public void abandon(UUID id, Instant at, String reason) {
        db.with(h -> h.createUpdate("UPDATE mail_queue SET abandoned_at = :at, last_error = :reason WHERE id = :id")
                .bind("id", id)
                .bind("at", utc(at))
                .bind("reason", shortened(reason))
                .execute());
    }

    private static String shortened(String reason) {
        return reason.length() > 500 ? reason.substring(0, 500) : reason;
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
