package io.apotheca.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.notification.port.out.Notification;
import io.apotheca.application.notification.port.out.NotificationKind;
import io.apotheca.application.notification.port.out.NotificationQueue;
import io.apotheca.domain.identity.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every queue of e-mails must do: one e-mail per event and recipient, claimed by one sender at
 * a time for a lease, oldest due first, and never again once sent or abandoned. The in-memory fake
 * and the PostgreSQL queue each extend this class and say how to make a recipient. Each test keeps
 * to a day of its own, since claiming takes whatever is due, however it came there.
 */
public abstract class NotificationQueueContract {

    private static final Instant QUEUED = Instant.parse("2026-11-30T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int ALL = 1000;

    /** The queue under test. */
    protected abstract NotificationQueue queue();

    /** An account the queue may send e-mails to. */
    protected abstract UserId newRecipient();

    @Test
    void a_queued_e_mail_is_claimed_with_its_data_and_its_attempt_counted() {
        Instant day = QUEUED;
        Notification queued = notification(newRecipient(), UUID.randomUUID(), day);

        assertThat(queue().enqueue(queued)).isTrue();

        assertThat(claim(day.plusSeconds(1))).contains(attempt(queued, 1));
    }

    @Test
    void an_event_queues_one_e_mail_per_recipient_however_often_it_is_relayed() {
        Instant day = QUEUED.plus(Duration.ofDays(1));
        UUID event = UUID.randomUUID();
        UserId recipient = newRecipient();
        Notification first = notification(recipient, event, day);

        assertThat(queue().enqueue(first)).isTrue();
        assertThat(queue().enqueue(notification(recipient, event, day.plusSeconds(1))))
                .isFalse();
        Notification toAnother = notification(newRecipient(), event, day);
        assertThat(queue().enqueue(toAnother)).isTrue();

        assertThat(claim(day.plusSeconds(2)))
                .filteredOn(n -> n.eventId().equals(event))
                .containsExactlyInAnyOrder(attempt(first, 1), attempt(toAnother, 1));
    }

    @Test
    void an_e_mail_to_an_account_that_does_not_exist_is_not_queued() {
        Instant day = QUEUED.plus(Duration.ofDays(2));
        Notification toNobody = notification(new UserId(UUID.randomUUID()), UUID.randomUUID(), day);

        assertThat(queue().enqueue(toNobody)).isFalse();

        assertThat(claim(day.plusSeconds(1))).extracting(Notification::id).doesNotContain(toNobody.id());
    }

    @Test
    void a_claimed_e_mail_is_not_claimed_again_until_its_lease_runs_out() {
        Instant day = QUEUED.plus(Duration.ofDays(3));
        Notification queued = notification(newRecipient(), UUID.randomUUID(), day);
        queue().enqueue(queued);

        claim(day);

        assertThat(claim(day.plus(LEASE).minusSeconds(1)))
                .extracting(Notification::id)
                .doesNotContain(queued.id());
        assertThat(claim(day.plus(LEASE))).contains(attempt(queued, 2));
    }

    @Test
    void a_failed_e_mail_is_due_again_at_its_retry_and_a_sent_or_abandoned_one_never() {
        Instant day = QUEUED.plus(Duration.ofDays(4));
        Notification failed = notification(newRecipient(), UUID.randomUUID(), day);
        Notification sent = notification(newRecipient(), UUID.randomUUID(), day);
        Notification abandoned = notification(newRecipient(), UUID.randomUUID(), day);
        List.of(failed, sent, abandoned).forEach(queue()::enqueue);
        claim(day);

        queue().markFailed(failed.id(), day.plus(Duration.ofHours(1)), "mail server down");
        queue().markSent(java.util.List.of(sent.id()), day.plusSeconds(1));
        queue().abandon(abandoned.id(), day.plusSeconds(1), "recipient deleted");

        assertThat(claim(day.plus(Duration.ofMinutes(59))))
                .extracting(Notification::id)
                .doesNotContain(failed.id(), sent.id(), abandoned.id());
        assertThat(claim(day.plus(Duration.ofHours(2))))
                .extracting(Notification::id)
                .contains(failed.id())
                .doesNotContain(sent.id(), abandoned.id());
    }

    @Test
    void due_e_mails_come_earliest_due_first_and_no_more_than_asked_for() {
        Instant day = QUEUED.plus(Duration.ofDays(5));
        Notification retried = notification(newRecipient(), UUID.randomUUID(), day);
        queue().enqueue(retried);
        claim(day);
        queue().markFailed(retried.id(), day.plus(Duration.ofMinutes(30)), "mail server down");
        Notification newer = notification(newRecipient(), UUID.randomUUID(), day.plus(Duration.ofMinutes(10)));
        Notification newest = notification(newRecipient(), UUID.randomUUID(), day.plus(Duration.ofMinutes(20)));
        queue().enqueue(newest);
        queue().enqueue(newer);
        Instant later = day.plus(Duration.ofHours(1));

        List<UUID> due = claim(later).stream().map(Notification::id).toList();

        assertThat(due.indexOf(newer.id())).isNotNegative().isLessThan(due.indexOf(newest.id()));
        assertThat(due.indexOf(newest.id())).isLessThan(due.indexOf(retried.id()));
        assertThat(queue().claimDue(later.plus(LEASE), later.plus(LEASE).plus(LEASE), 1))
                .hasSize(1);
    }

    @Test
    void a_class_one_recall_notice_comes_before_every_other_e_mail_and_a_class_three_one_after() {
        Instant day = QUEUED.plus(Duration.ofDays(10));
        Notification classThree = recallNotice("III", day);
        Notification ordinary = notification(newRecipient(), UUID.randomUUID(), day.plus(Duration.ofMinutes(1)));
        Notification classOne = recallNotice("I", day.plus(Duration.ofMinutes(2)));
        queue().enqueue(classThree);
        queue().enqueue(ordinary);
        queue().enqueue(classOne);

        List<UUID> due = claim(day.plus(Duration.ofHours(1))).stream()
                .map(Notification::id)
                .toList();

        assertThat(due.indexOf(classOne.id())).isNotNegative().isLessThan(due.indexOf(ordinary.id()));
        assertThat(due.indexOf(ordinary.id())).isLessThan(due.indexOf(classThree.id()));
    }

    private Notification recallNotice(String recallClass, Instant at) {
        return new Notification(
                UUID.randomUUID(),
                UUID.randomUUID(),
                NotificationKind.RECALL_NOTICE,
                newRecipient(),
                Map.of("recallId", UUID.randomUUID().toString(), "recallClass", recallClass, "lot", "L-1"),
                at,
                0);
    }

    private List<Notification> claim(Instant now) {
        return queue().claimDue(now, now.plus(LEASE), ALL);
    }

    private static Notification notification(UserId recipient, UUID event, Instant at) {
        return new Notification(
                UUID.randomUUID(),
                event,
                NotificationKind.ORDER_SHIPPED,
                recipient,
                Map.of("orderId", UUID.randomUUID().toString(), "carrier", "Royal Mail"),
                at,
                0);
    }

    private static Notification attempt(Notification n, int attempts) {
        return new Notification(n.id(), n.eventId(), n.kind(), n.recipient(), n.data(), n.queuedAt(), attempts);
    }
}
