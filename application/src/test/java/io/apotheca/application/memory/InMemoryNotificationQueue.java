package io.apotheca.application.memory;

import io.apotheca.application.identity.port.out.Users;
import io.apotheca.application.notification.port.out.Notification;
import io.apotheca.application.notification.port.out.NotificationQueue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Queued e-mails in a map, with what became of each. As in the database, only an existing account
 * can be a recipient, and the earliest due are claimed first.
 */
public final class InMemoryNotificationQueue implements NotificationQueue {

    /** Where one queued e-mail stands. */
    public record Entry(
            Notification notification,
            Instant dueAt,
            Optional<Instant> sentAt,
            Optional<String> abandoned,
            Optional<String> lastFailure) {}

    private final Map<UUID, Entry> entries = new LinkedHashMap<>();
    private final Users recipients;

    /** @param recipients the accounts e-mails may be queued for */
    public InMemoryNotificationQueue(Users recipients) {
        this.recipients = recipients;
    }

    @Override
    public synchronized boolean enqueue(Notification notification) {
        boolean queued = entries.values().stream()
                .map(Entry::notification)
                .anyMatch(n -> n.eventId().equals(notification.eventId())
                        && n.recipient().equals(notification.recipient()));
        if (queued || recipients.byId(notification.recipient()).isEmpty()) {
            return false;
        }
        entries.put(
                notification.id(),
                new Entry(notification, notification.queuedAt(), Optional.empty(), Optional.empty(), Optional.empty()));
        return true;
    }

    @Override
    public synchronized List<Notification> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<Notification> claimed = new ArrayList<>();
        entries.values().stream()
                .filter(e -> e.sentAt().isEmpty()
                        && e.abandoned().isEmpty()
                        && !e.dueAt().isAfter(now))
                .sorted(Comparator.comparing((Entry e) -> e.notification().priority())
                        .thenComparing(Entry::dueAt)
                        .thenComparing(e -> e.notification().queuedAt()))
                .limit(limit)
                .toList()
                .forEach(e -> {
                    Notification n = e.notification();
                    Notification counted = new Notification(
                            n.id(), n.eventId(), n.kind(), n.recipient(), n.data(), n.queuedAt(), n.attempts() + 1);
                    entries.put(n.id(), new Entry(counted, leaseUntil, e.sentAt(), e.abandoned(), e.lastFailure()));
                    claimed.add(counted);
                });
        return claimed;
    }

    @Override
    public synchronized void markSent(Collection<UUID> ids, Instant at) {
        for (UUID id : ids) {
            entries.computeIfPresent(
                    id,
                    (k, e) -> new Entry(e.notification(), e.dueAt(), Optional.of(at), e.abandoned(), e.lastFailure()));
        }
    }

    @Override
    public synchronized void markFailed(UUID id, Instant retryAt, String reason) {
        entries.computeIfPresent(
                id, (k, e) -> new Entry(e.notification(), retryAt, e.sentAt(), e.abandoned(), Optional.of(reason)));
    }

    @Override
    public synchronized void abandon(UUID id, Instant at, String reason) {
        entries.computeIfPresent(
                id, (k, e) -> new Entry(e.notification(), e.dueAt(), e.sentAt(), Optional.of(reason), e.lastFailure()));
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries.values());
    }
}
