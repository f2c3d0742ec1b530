package io.apotheca.application.notification.port.out;

import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.inventory.RecallClass;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An e-mail waiting to be sent, queued from the domain event that causes it. One event queues at most
 * one e-mail per recipient, however often the event is relayed.
 *
 * @param eventId the event that caused it; with the recipient, it is unique
 * @param data the event's ids and codes (order id, reason, amount), never a token
 * @param attempts how many times sending was begun
 */
public record Notification(
        UUID id,
        UUID eventId,
        NotificationKind kind,
        UserId recipient,
        Map<String, String> data,
        Instant queuedAt,
        int attempts) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(queuedAt, "queuedAt");
        data = java.util.Collections.unmodifiableMap(new TreeMap<>(data));
    }

    /**
     * Which due e-mails are sent first, lowest first: a class I recall notice (a reasonable
     * probability of serious harm) before anything else, a class III one after everything else.
     */
    public int priority() {
        if (kind != NotificationKind.RECALL_NOTICE) {
            return 1;
        }
        return switch (RecallClass.ofName(data.get("recallClass")).orElse(RecallClass.DEFAULT)) {
            case I -> 0;
            case II -> 1;
            case III -> 2;
        };
    }
}
