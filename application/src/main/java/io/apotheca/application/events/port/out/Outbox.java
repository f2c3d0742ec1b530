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

    void markPublished(UUID eventId, Instant at);

    void markFailed(UUID eventId);
}
