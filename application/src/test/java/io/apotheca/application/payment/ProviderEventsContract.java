package io.apotheca.application.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.payment.port.out.ProviderEvent;
import io.apotheca.application.payment.port.out.ProviderEvent.NothingToDo;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentCanceled;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentFailed;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentReference;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentSucceeded;
import io.apotheca.application.payment.port.out.ProviderEvent.RefundChanged;
import io.apotheca.application.payment.port.out.ProviderEvents;
import io.apotheca.application.payment.port.out.ProviderEvents.Pending;
import io.apotheca.domain.payment.RefundStatus;
import io.apotheca.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every provider-event inbox must do, whatever keeps it. The in-memory fake and the
 * PostgreSQL inbox each extend this class.
 */
public abstract class ProviderEventsContract {

    private static final Instant RECEIVED = Instant.parse("2026-11-30T09:00:00Z");

    /** An empty inbox, or one whose events all have ids no test here makes. */
    protected abstract ProviderEvents inbox();

    @Test
    void every_kind_of_event_reads_back_as_it_was_recorded() {
        PaymentReference payment = new PaymentReference(Optional.of("pi_" + unique()), Optional.of(unique()));
        List<ProviderEvent> events = List.of(
                new PaymentSucceeded(eventId(), RECEIVED, payment, Optional.of(Money.of(2500, "USD"))),
                new PaymentSucceeded(
                        eventId(),
                        RECEIVED,
                        new PaymentReference(Optional.empty(), Optional.empty()),
                        Optional.empty()),
                new PaymentFailed(eventId(), RECEIVED, payment, "insufficient_funds"),
                new PaymentCanceled(eventId(), RECEIVED, payment),
                new RefundChanged(
                        eventId(),
                        RECEIVED,
                        "re_" + unique(),
                        RefundStatus.FAILED,
                        payment,
                        Optional.of(Money.of(700, "EUR"))),
                new NothingToDo(eventId(), RECEIVED, "Stripe's charge.dispute.created"));

        for (ProviderEvent event : events) {
            assertThat(inbox().record(event, RECEIVED)).isTrue();
        }

        assertThat(events)
                .allSatisfy(event -> assertThat(inbox().pending(event.id())).contains(new Pending(event, 0)));
    }

    @Test
    void a_redelivery_is_not_recorded_again_and_the_first_delivery_stands() {
        String id = eventId();
        PaymentCanceled first =
                new PaymentCanceled(id, RECEIVED, new PaymentReference(Optional.of("pi_first"), Optional.empty()));

        assertThat(inbox().record(first, RECEIVED)).isTrue();
        assertThat(inbox().record(new NothingToDo(id, RECEIVED, "again"), RECEIVED.plusSeconds(1)))
                .isFalse();
        assertThat(inbox().pending(id)).contains(new Pending(first, 0));
    }

    @Test
    void a_processed_event_is_no_longer_pending_and_is_marked_once() {
        String id = eventId();
        inbox().record(new NothingToDo(id, RECEIVED, "test"), RECEIVED);

        assertThat(inbox().markProcessed(id, RECEIVED.plusSeconds(1))).isTrue();
        assertThat(inbox().markProcessed(id, RECEIVED.plusSeconds(2))).isFalse();
        assertThat(inbox().pending(id)).isEmpty();
        assertThat(inbox().pending(eventId())).isEmpty();
    }

    @Test
    void a_new_event_is_offered_for_a_retry_only_some_seconds_after_its_delivery() {
        Instant at = RECEIVED.plus(Duration.ofDays(1));
        String id = eventId();
        inbox().record(new NothingToDo(id, at, "test"), at);

        assertThat(inbox().due(at.plusSeconds(1), 1000)).doesNotContain(id);
        assertThat(inbox().due(at.plusSeconds(60), 1000)).contains(id);
    }

    @Test
    void a_failure_counts_a_try_and_the_event_waits_until_its_retry_is_due() {
        Instant at = RECEIVED.plus(Duration.ofDays(2));
        String id = eventId();
        inbox().record(new NothingToDo(id, at, "test"), at);

        inbox().markFailed(id, "IllegalStateException", at.plusSeconds(1), at.plus(Duration.ofHours(1)));
        inbox().markFailed(id, "IllegalStateException", at.plusSeconds(2), at.plus(Duration.ofHours(2)));

        assertThat(inbox().pending(id).map(Pending::attempts)).contains(2);
        assertThat(inbox().due(at.plus(Duration.ofMinutes(90)), 1000)).doesNotContain(id);
        assertThat(inbox().due(at.plus(Duration.ofHours(2)), 1000)).contains(id);
    }

    @Test
    void due_events_come_oldest_first_and_no_more_than_asked_for() {
        Instant at = RECEIVED.plus(Duration.ofDays(3));
        String older = eventId();
        String newer = eventId();
        inbox().record(new NothingToDo(newer, at, "newer"), at.plusSeconds(5));
        inbox().record(new NothingToDo(older, at, "older"), at);
        String processed = eventId();
        inbox().record(new NothingToDo(processed, at, "done"), at);
        inbox().markProcessed(processed, at);

        List<String> due = inbox().due(at.plus(Duration.ofMinutes(5)), 1000);

        assertThat(due).doesNotContain(processed);
        assertThat(due.indexOf(older)).isLessThan(due.indexOf(newer)).isNotNegative();
        assertThat(inbox().due(at.plus(Duration.ofMinutes(5)), 1)).hasSize(1);
    }

    private static String eventId() {
        return "evt_" + unique();
    }

    private static String unique() {
        return UUID.randomUUID().toString();
    }
}
