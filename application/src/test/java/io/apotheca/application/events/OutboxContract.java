package io.apotheca.application.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.events.port.out.Outbox;
import io.apotheca.application.shared.port.out.Transactions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What every outbox must do, whatever keeps it. The in-memory fake and the PostgreSQL outbox each
 * extend this class. The relay reads the outbox in a transaction, so every call here runs in one.
 */
public abstract class OutboxContract {

    private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");

    /** The outbox under test; events of other tests may be in it. */
    protected abstract Outbox outbox();

    /** Transactions over the outbox's store. */
    protected abstract Transactions transactions();

    @Test
    void recorded_events_are_offered_as_recorded_oldest_first() {
        String order = UUID.randomUUID().toString();
        DomainEvent placed = event("order.placed", order, Map.of("total", "900", "currency", "USD"), AT);
        DomainEvent paid = event("order.paid", order, Map.of("paymentId", "p-1"), AT.plusSeconds(5));
        DomainEvent shipped = event("order.shipped", order, Map.of(), AT.plusSeconds(9));

        record(placed, paid, shipped);

        assertThat(unpublishedOf(Set.of(placed.id(), paid.id(), shipped.id()))).containsExactly(placed, paid, shipped);
    }

    @Test
    void a_published_event_is_not_offered_again_and_a_failed_one_is() {
        DomainEvent published =
                event("account.registered", UUID.randomUUID().toString(), Map.of("role", "CUSTOMER"), AT);
        DomainEvent failed = event("account.deleted", UUID.randomUUID().toString(), Map.of("role", "CUSTOMER"), AT);
        record(published, failed);

        transactions().inTransaction(() -> {
            outbox().markPublished(List.of(published.id()), AT.plusSeconds(1));
            outbox().markFailed(failed.id());
            return null;
        });

        assertThat(unpublishedOf(Set.of(published.id(), failed.id()))).containsExactly(failed);
    }

    @Test
    void events_marked_published_together_are_offered_no_more_and_the_others_still_are() {
        String order = UUID.randomUUID().toString();
        DomainEvent placed = event("order.placed", order, Map.of(), AT);
        DomainEvent paid = event("order.paid", order, Map.of(), AT.plusSeconds(1));
        DomainEvent shipped = event("order.shipped", order, Map.of(), AT.plusSeconds(2));
        record(placed, paid, shipped);

        transactions().inTransaction(() -> {
            outbox().markPublished(List.of(placed.id(), paid.id()), AT.plusSeconds(3));
            return null;
        });

        assertThat(unpublishedOf(Set.of(placed.id(), paid.id(), shipped.id()))).containsExactly(shipped);
    }

    @Test
    void no_more_events_are_offered_than_asked_for() {
        String order = UUID.randomUUID().toString();
        record(
                event("order.placed", order, Map.of(), AT),
                event("order.cancelled", order, Map.of("reason", "customer"), AT.plusSeconds(1)));

        assertThat(transactions().inTransaction(() -> outbox().lockUnpublished(1)))
                .hasSize(1);
    }

    private void record(DomainEvent... events) {
        transactions().inTransaction(() -> {
            for (DomainEvent event : events) {
                outbox().record(event);
            }
            return null;
        });
    }

    private List<DomainEvent> unpublishedOf(Set<UUID> ids) {
        return transactions().inTransaction(() -> outbox().lockUnpublished(10_000)).stream()
                .filter(event -> ids.contains(event.id()))
                .collect(Collectors.toList());
    }

    private static DomainEvent event(String type, String aggregateId, Map<String, String> data, Instant at) {
        return new DomainEvent(UUID.randomUUID(), type, type.substring(0, type.indexOf('.')), aggregateId, data, at);
    }
}
