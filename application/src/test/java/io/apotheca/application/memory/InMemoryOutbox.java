package io.apotheca.application.memory;

import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.events.port.out.Outbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Events in the order they were recorded, with the time each was published. */
public final class InMemoryOutbox implements Outbox {

    private final Map<UUID, DomainEvent> events = new LinkedHashMap<>();
    private final Map<UUID, Instant> published = new LinkedHashMap<>();

    @Override
    public synchronized void record(DomainEvent event) {
        events.put(event.id(), event);
    }

    @Override
    public synchronized List<DomainEvent> lockUnpublished(int limit) {
        return events.values().stream()
                .filter(e -> !published.containsKey(e.id()))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized void markPublished(List<UUID> eventIds, Instant at) {
        eventIds.forEach(id -> published.put(id, at));
    }

    @Override
    public void markFailed(UUID eventId) {
        // the relay tries again next time; nothing to count here
    }

    /** The types of every event recorded for the aggregate, oldest first. */
    public synchronized List<String> typesOf(String aggregateId) {
        List<String> types = new ArrayList<>();
        events.values().stream()
                .filter(e -> e.aggregateId().equals(aggregateId))
                .forEach(e -> types.add(e.type()));
        return types;
    }
}
