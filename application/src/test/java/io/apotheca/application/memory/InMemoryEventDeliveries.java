package io.apotheca.application.memory;

import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.outbound.port.out.EventDeliveries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** The delivery queue as a list in queueing order, with the same rule of what is due as PostgreSQL's. */
public final class InMemoryEventDeliveries implements EventDeliveries {

    private static final class Row {
        final long id;
        final DomainEvent event;
        final Optional<UUID> endpoint;
        String status = "PENDING";
        int attempts;
        Instant queuedAt;
        Instant nextAttemptAt;
        Optional<Instant> lastAttemptAt = Optional.empty();
        OptionalInt lastStatus = OptionalInt.empty();
        Optional<String> lastError = Optional.empty();
        Optional<Instant> deliveredAt = Optional.empty();

        Row(long id, DomainEvent event, Optional<UUID> endpoint, Instant at) {
            this.id = id;
            this.event = event;
            this.endpoint = endpoint;
            this.queuedAt = at;
            this.nextAttemptAt = at;
        }

        String orderingKey() {
            return event.aggregateType() + ":" + event.aggregateId();
        }

        boolean pending() {
            return status.equals("PENDING");
        }
    }

    private final List<Row> rows = new ArrayList<>();

    @Override
    public synchronized void queue(DomainEvent event, Optional<UUID> endpoint, Instant at) {
        boolean queued = rows.stream().anyMatch(r -> r.event.id().equals(event.id()) && r.endpoint.equals(endpoint));
        if (!queued) {
            rows.add(new Row(rows.size() + 1L, event, endpoint, at));
        }
    }

    @Override
    public synchronized List<QueuedDelivery> claimDue(
            Optional<UUID> endpoint, Instant now, int limit, Instant claimedUntil) {
        List<Row> due = rows.stream()
                .filter(r -> r.pending() && r.endpoint.equals(endpoint) && !r.nextAttemptAt.isAfter(now))
                .filter(r -> rows.stream()
                        .noneMatch(e -> e.pending()
                                && e.endpoint.equals(endpoint)
                                && e.orderingKey().equals(r.orderingKey())
                                && e.id < r.id
                                && e.nextAttemptAt.isAfter(now)))
                .limit(limit)
                .toList();
        due.forEach(r -> r.nextAttemptAt = claimedUntil);
        return due.stream()
                .map(r -> new QueuedDelivery(r.id, r.event, r.attempts, r.queuedAt))
                .toList();
    }

    @Override
    public synchronized void release(List<Long> ids, Instant now) {
        rows.stream().filter(r -> ids.contains(r.id) && r.pending()).forEach(r -> r.nextAttemptAt = now);
    }

    @Override
    public synchronized void restart(UUID endpoint, Instant now) {
        rows.stream()
                .filter(r -> r.endpoint.equals(Optional.of(endpoint)) && r.pending())
                .forEach(r -> {
                    r.attempts = 0;
                    r.queuedAt = now;
                    r.nextAttemptAt = now;
                });
    }

    @Override
    public synchronized void skipped(long id, Instant at) {
        Row row = row(id);
        row.status = "SKIPPED";
        row.lastAttemptAt = Optional.of(at);
        row.lastError = Optional.of("the endpoint no longer asks for this event type");
    }

    @Override
    public synchronized List<UUID> endpointsDue(Instant now) {
        return rows.stream()
                .filter(r -> r.pending() && r.endpoint.isPresent() && !r.nextAttemptAt.isAfter(now))
                .map(r -> r.endpoint.get())
                .distinct()
                .sorted()
                .toList();
    }

    @Override
    public synchronized void delivered(long id, Instant at, OptionalInt status) {
        Row row = attempted(id, at, status, null);
        row.status = "DELIVERED";
        row.deliveredAt = Optional.of(at);
    }

    @Override
    public synchronized void failed(long id, Instant at, OptionalInt status, String error, Instant next) {
        attempted(id, at, status, error).nextAttemptAt = next;
    }

    @Override
    public synchronized void givenUp(long id, Instant at, OptionalInt status, String error) {
        attempted(id, at, status, error).status = "GIVEN_UP";
    }

    @Override
    public synchronized List<DeliveryRecord> log(UUID endpoint, int limit) {
        List<DeliveryRecord> log = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0 && log.size() < limit; i--) {
            if (rows.get(i).endpoint.equals(Optional.of(endpoint))) {
                log.add(record(rows.get(i)));
            }
        }
        return log;
    }

    @Override
    public synchronized Optional<DeliveryRecord> byId(UUID endpoint, long id) {
        return rows.stream()
                .filter(r -> r.id == id && r.endpoint.equals(Optional.of(endpoint)))
                .findFirst()
                .map(InMemoryEventDeliveries::record);
    }

    @Override
    public synchronized void requeue(long id, Instant now) {
        Row row = row(id);
        row.status = "PENDING";
        row.attempts = 0;
        row.queuedAt = now;
        row.nextAttemptAt = now;
        row.deliveredAt = Optional.empty();
    }

    @Override
    public synchronized Backlog backlog() {
        return new Backlog(
                rows.stream().filter(r -> r.pending() && r.endpoint.isEmpty()).count(),
                rows.stream().filter(r -> r.pending() && r.endpoint.isPresent()).count());
    }

    private Row attempted(long id, Instant at, OptionalInt status, String error) {
        Row row = row(id);
        row.attempts++;
        row.lastAttemptAt = Optional.of(at);
        row.lastStatus = status;
        row.lastError = Optional.ofNullable(error);
        return row;
    }

    private Row row(long id) {
        return rows.stream().filter(r -> r.id == id).findFirst().orElseThrow();
    }

    private static DeliveryRecord record(Row r) {
        return new DeliveryRecord(
                r.id,
                r.event.id(),
                r.event.type(),
                r.status,
                r.attempts,
                r.queuedAt,
                r.lastAttemptAt,
                r.lastStatus,
                r.lastError,
                r.pending() ? Optional.of(r.nextAttemptAt) : Optional.empty(),
                r.deliveredAt);
    }

    /** The deliveries of an event, for a test's assertions. */
    public synchronized long count(UUID eventId) {
        return rows.stream().filter(r -> Objects.equals(r.event.id(), eventId)).count();
    }
}
