package io.apotheca.application.memory;

import io.apotheca.application.payment.port.out.ProviderEvent;
import io.apotheca.application.payment.port.out.ProviderEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The provider-event inbox in a map. */
public final class InMemoryProviderEvents implements ProviderEvents {

    private record Entry(ProviderEvent event, Instant receivedAt, boolean processed, int attempts, Instant retryAt) {}

    /** As the PostgreSQL inbox: a delivery processes a new event itself; the scheduler is offered it later. */
    private static final Duration FIRST_OFFER = Duration.ofSeconds(30);

    private final Map<String, Entry> inbox = new ConcurrentHashMap<>();

    @Override
    public boolean record(ProviderEvent event, Instant at) {
        return inbox.putIfAbsent(event.id(), new Entry(event, at, false, 0, at.plus(FIRST_OFFER))) == null;
    }

    @Override
    public Optional<Pending> pending(String eventId) {
        return Optional.ofNullable(inbox.get(eventId))
                .filter(e -> !e.processed())
                .map(e -> new Pending(e.event(), e.attempts()));
    }

    @Override
    public synchronized boolean markProcessed(String eventId, Instant at) {
        Entry entry = inbox.get(eventId);
        if (entry == null || entry.processed()) {
            return false;
        }
        inbox.put(eventId, new Entry(entry.event(), entry.receivedAt(), true, entry.attempts(), entry.retryAt()));
        return true;
    }

    @Override
    public void markFailed(String eventId, String error, Instant at, Instant retryAt) {
        inbox.computeIfPresent(
                eventId, (id, e) -> new Entry(e.event(), e.receivedAt(), e.processed(), e.attempts() + 1, retryAt));
    }

    @Override
    public List<String> due(Instant now, int limit) {
        return inbox.values().stream()
                .filter(e -> !e.processed() && !e.retryAt().isAfter(now))
                .sorted(Comparator.comparing(Entry::receivedAt))
                .limit(limit)
                .map(e -> e.event().id())
                .toList();
    }
}
