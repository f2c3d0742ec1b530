package io.apotheca.application.notification;

import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.events.port.out.EventPublisher;
import io.apotheca.application.notification.port.out.Notification;
import io.apotheca.application.notification.port.out.NotificationKind;
import io.apotheca.application.notification.port.out.NotificationQueue;
import io.apotheca.application.shared.port.out.IdGenerator;
import io.apotheca.domain.identity.UserId;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Turns the domain events the relay hands over into queued e-mails, in the relay's transaction: an
 * event that means something to a patient queues one e-mail to them, and the same event relayed again
 * queues nothing more (the queue is unique per event and recipient).
 */
public final class NotificationInbox implements EventPublisher {

    /** Which event causes which e-mail. Events not named here send nothing. */
    static final Map<String, NotificationKind> KINDS = Map.ofEntries(
            Map.entry("account.registered", NotificationKind.EMAIL_VERIFICATION),
            Map.entry("account.verification_requested", NotificationKind.EMAIL_VERIFICATION),
            Map.entry("account.password_reset_requested", NotificationKind.PASSWORD_RESET),
            Map.entry("order.placed", NotificationKind.ORDER_PLACED),
            Map.entry("prescription.approved", NotificationKind.PRESCRIPTION_APPROVED),
            Map.entry("prescription.rejected", NotificationKind.PRESCRIPTION_REJECTED),
            Map.entry("order.paid", NotificationKind.ORDER_PAID),
            Map.entry("order.confirmed", NotificationKind.ORDER_CONFIRMED),
            Map.entry("order.shipped", NotificationKind.ORDER_SHIPPED),
            Map.entry("order.refunded", NotificationKind.ORDER_REFUNDED),
            Map.entry("order.expired", NotificationKind.HOLD_EXPIRED));

    private final NotificationQueue queue;
    private final IdGenerator ids;
    private final Clock clock;

    public NotificationInbox(NotificationQueue queue, IdGenerator ids, Clock clock) {
        this.queue = queue;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public void publish(DomainEvent event) {
        NotificationKind kind = KINDS.get(event.type());
        if (kind == null) {
            return;
        }
        Map<String, String> data = new TreeMap<>(event.data());
        if (event.aggregateType().equals("order")) {
            data.put("orderId", event.aggregateId());
        }
        recipientOf(event)
                .ifPresent(recipient -> queue.enqueue(
                        new Notification(ids.next(), event.id(), kind, recipient, data, clock.instant(), 0)));
    }

    /** Account events are about the account itself; order and prescription events name their customer. */
    private static Optional<UserId> recipientOf(DomainEvent event) {
        String id = event.aggregateType().equals("account")
                ? event.aggregateId()
                : event.data().get("customerId");
        return Optional.ofNullable(id).map(UUID::fromString).map(UserId::new);
    }
}
