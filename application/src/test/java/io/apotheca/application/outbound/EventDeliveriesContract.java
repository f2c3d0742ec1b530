package io.apotheca.application.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.outbound.port.out.EventDeliveries;
import io.apotheca.application.outbound.port.out.EventDeliveries.QueuedDelivery;
import io.apotheca.application.shared.port.out.Transactions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every delivery queue must do, whatever keeps it: the in-memory fake and the PostgreSQL queue
 * each extend this class. Each destination is queued an event once; a record's later event waits
 * while an earlier one waits for its retry or is claimed; a claim is no one else's until it ends or
 * is given back; an endpoint turned on again starts afresh.
 */
public abstract class EventDeliveriesContract {

    protected static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    /** The queue under test; deliveries of other tests may be in it. */
    protected abstract EventDeliveries deliveries();

    protected abstract Transactions transactions();

    /** A new webhook endpoint's id, for deliveries to point at. */
    protected abstract UUID anEndpoint();

    /** Records the event where the queue reads it from (the outbox). */
    protected abstract void recorded(DomainEvent event);

    @Test
    void each_destination_is_queued_an_event_once() {
        UUID endpoint = anEndpoint();
        DomainEvent event = event("order.placed", UUID.randomUUID().toString());

        inTransaction(() -> {
            deliveries().queue(event, Optional.of(endpoint), NOW);
            deliveries().queue(event, Optional.of(endpoint), NOW);
        });

        assertThat(deliveries().log(endpoint, 10)).singleElement().satisfies(d -> {
            assertThat(d.eventId()).isEqualTo(event.id());
            assertThat(d.status()).isEqualTo("PENDING");
        });
    }

    @Test
    void a_records_later_event_waits_while_the_earlier_one_is_claimed_or_waits_for_its_retry() {
        Optional<UUID> to = Optional.of(anEndpoint());
        String order = UUID.randomUUID().toString();
        DomainEvent placed = event("order.placed", order);
        DomainEvent paid = event("order.paid", order);
        DomainEvent other = event("order.placed", UUID.randomUUID().toString());
        inTransaction(
                () -> List.of(placed, paid, other).forEach(e -> deliveries().queue(e, to, NOW)));

        List<QueuedDelivery> due = claim(to, NOW);
        assertThat(ids(due)).containsExactly(placed.id(), paid.id(), other.id());
        assertThat(claim(to, NOW)).as("a claim is no one else's").isEmpty();

        long first = due.get(0).id();
        inTransaction(() -> {
            deliveries().failed(first, NOW, OptionalInt.of(500), "answered 500", NOW.plusSeconds(30));
            deliveries().release(List.of(due.get(1).id(), due.get(2).id()), NOW);
        });
        assertThat(ids(claim(to, NOW.plusSeconds(1)))).containsExactly(other.id());
        assertThat(ids(claim(to, NOW.plusSeconds(31)))).containsExactly(placed.id(), paid.id());
        assertThat(deliveries().byId(to.get(), first)).hasValueSatisfying(record -> {
            assertThat(record.attempts()).isEqualTo(1);
            assertThat(record.lastResponseStatus()).hasValue(500);
            assertThat(record.lastError()).hasValue("answered 500");
        });
    }

    @Test
    void a_given_up_or_skipped_delivery_lets_the_records_later_events_go() {
        Optional<UUID> to = Optional.of(anEndpoint());
        String order = UUID.randomUUID().toString();
        DomainEvent placed = event("order.placed", order);
        DomainEvent cancelled = event("order.cancelled", order);
        DomainEvent expired = event("order.expired", order);
        inTransaction(() ->
                List.of(placed, cancelled, expired).forEach(e -> deliveries().queue(e, to, NOW)));
        List<QueuedDelivery> due = claim(to, NOW);

        inTransaction(() -> {
            deliveries().givenUp(due.get(0).id(), NOW, OptionalInt.empty(), "timed out");
            deliveries().skipped(due.get(1).id(), NOW);
            deliveries().release(List.of(due.get(2).id()), NOW);
        });

        assertThat(ids(claim(to, NOW))).containsExactly(expired.id());
        assertThat(deliveries().log(to.get(), 10))
                .extracting(EventDeliveries.DeliveryRecord::status)
                .containsExactly("PENDING", "SKIPPED", "GIVEN_UP");
    }

    @Test
    void a_delivery_queued_again_or_an_endpoint_turned_on_again_starts_afresh() {
        Optional<UUID> to = Optional.of(anEndpoint());
        DomainEvent delivered = event("order.placed", UUID.randomUUID().toString());
        DomainEvent waiting = event("order.placed", UUID.randomUUID().toString());
        inTransaction(
                () -> List.of(delivered, waiting).forEach(e -> deliveries().queue(e, to, NOW)));
        List<QueuedDelivery> due = claim(to, NOW);
        inTransaction(() -> {
            deliveries().delivered(due.get(0).id(), NOW, OptionalInt.of(204));
            deliveries().failed(due.get(1).id(), NOW, OptionalInt.empty(), "timed out", NOW.plusSeconds(30));
        });
        Instant later = NOW.plusSeconds(10);

        inTransaction(() -> {
            deliveries().requeue(due.get(0).id(), later);
            deliveries().restart(to.get(), later);
        });

        List<QueuedDelivery> again = claim(to, later);
        assertThat(ids(again)).containsExactly(delivered.id(), waiting.id());
        assertThat(again).allSatisfy(d -> {
            assertThat(d.attempts()).isZero();
            assertThat(d.queuedAt()).isEqualTo(later);
        });
    }

    @Test
    void the_broker_and_an_endpoint_have_queues_of_their_own() {
        UUID endpoint = anEndpoint();
        DomainEvent event = event("order.placed", UUID.randomUUID().toString());
        inTransaction(() -> {
            deliveries().queue(event, Optional.empty(), NOW);
            deliveries().queue(event, Optional.of(endpoint), NOW);
        });

        assertThat(deliveries().endpointsDue(NOW)).contains(endpoint);
        assertThat(ids(claim(Optional.empty(), NOW))).contains(event.id());
        assertThat(ids(claim(Optional.of(endpoint), NOW))).containsExactly(event.id());
        assertThat(deliveries().endpointsDue(NOW)).doesNotContain(endpoint);
    }

    protected List<QueuedDelivery> claim(Optional<UUID> to, Instant now) {
        return transactions().inTransaction(() -> deliveries().claimDue(to, now, 10, now.plusSeconds(60)));
    }

    protected DomainEvent event(String type, String aggregateId) {
        DomainEvent event = new DomainEvent(UUID.randomUUID(), type, "order", aggregateId, Map.of("status", "X"), NOW);
        recorded(event);
        return event;
    }

    protected static List<UUID> ids(List<QueuedDelivery> deliveries) {
        return deliveries.stream().map(d -> d.event().id()).toList();
    }

    private void inTransaction(Runnable work) {
        transactions().inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
