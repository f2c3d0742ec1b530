package io.apotheca.application.events.port.out;

import io.apotheca.application.events.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Events waiting to be published, in the order they were recorded. */
public interface Outbox {

    /** Records an event in the caller's transaction. */
    void record(DomainEvent event);

    /** Up to {@code limit} unpublished events, oldest first, locked for this relay (others skip them). */
    List<DomainEvent> lockUnpublished(int limit);

    /** Marks the events published, in one go: a relay's batch costs one statement, not one per event. */
    void markPublished(List<UUID> eventIds, Instant at);

    void markFailed(UUID eventId);
}
