package io.apotheca.application.notification;

import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.events.PharmacyEvent.AccountPasswordResetRequested;
import io.apotheca.application.events.PharmacyEvent.AccountRegistered;
import io.apotheca.application.events.PharmacyEvent.AccountVerificationRequested;
import io.apotheca.application.events.PharmacyEvent.OrderCancelled;
import io.apotheca.application.events.PharmacyEvent.OrderConfirmed;
import io.apotheca.application.events.PharmacyEvent.OrderExpired;
import io.apotheca.application.events.PharmacyEvent.OrderPaid;
import io.apotheca.application.events.PharmacyEvent.OrderPlaced;
import io.apotheca.application.events.PharmacyEvent.OrderRefunded;
import io.apotheca.application.events.PharmacyEvent.OrderShipped;
import io.apotheca.application.events.PharmacyEvent.PrescriptionApproved;
import io.apotheca.application.events.PharmacyEvent.PrescriptionRejected;
import io.apotheca.application.events.PharmacyEvent.RecallNoticeDue;
import io.apotheca.application.events.PharmacyEvent.WebhookEndpointDisabled;
import io.apotheca.application.events.port.out.EventPublisher;
import io.apotheca.application.notification.port.out.Notification;
import io.apotheca.application.notification.port.out.NotificationKind;
import io.apotheca.application.notification.port.out.NotificationQueue;
import io.apotheca.application.shared.port.out.IdGenerator;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.CancellationReason;
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
            Map.entry(AccountRegistered.TYPE, NotificationKind.EMAIL_VERIFICATION),
            Map.entry(AccountVerificationRequested.TYPE, NotificationKind.EMAIL_VERIFICATION),
            Map.entry(AccountPasswordResetRequested.TYPE, NotificationKind.PASSWORD_RESET),
            Map.entry(OrderPlaced.TYPE, NotificationKind.ORDER_PLACED),
            Map.entry(PrescriptionApproved.TYPE, NotificationKind.PRESCRIPTION_APPROVED),
            Map.entry(PrescriptionRejected.TYPE, NotificationKind.PRESCRIPTION_REJECTED),
            Map.entry(OrderPaid.TYPE, NotificationKind.ORDER_PAID),
            Map.entry(OrderConfirmed.TYPE, NotificationKind.ORDER_CONFIRMED),
            Map.entry(OrderShipped.TYPE, NotificationKind.ORDER_SHIPPED),
            Map.entry(OrderRefunded.TYPE, NotificationKind.ORDER_REFUNDED),
            Map.entry(OrderExpired.TYPE, NotificationKind.HOLD_EXPIRED),
            Map.entry(RecallNoticeDue.TYPE, NotificationKind.RECALL_NOTICE),
            Map.entry(WebhookEndpointDisabled.TYPE, NotificationKind.WEBHOOK_ENDPOINT_DISABLED));

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
        NotificationKind kind = kindOf(event);
        if (kind == null) {
            return;
        }
        Map<String, String> data = new TreeMap<>(event.data());
        if (event.aggregateType().equals("order")) {
            data.put("orderId", event.aggregateId());
        } else if (event.aggregateType().equals("recall")) {
            data.put("recallId", event.aggregateId());
        }
        recipientOf(event)
                .ifPresent(recipient -> queue.enqueue(
                        new Notification(ids.next(), event.id(), kind, recipient, data, clock.instant(), 0)));
    }

    /** The e-mail the event causes, if any: a cancellation is told only when a recall caused it. */
    private static NotificationKind kindOf(DomainEvent event) {
        if (event.type().equals(OrderCancelled.TYPE)) {
            return CancellationReason.STOCK_RECALLED.code().equals(event.data().get("reason"))
                    ? NotificationKind.ORDER_CANCELLED_BY_RECALL
                    : null;
        }
        return KINDS.get(event.type());
    }

    /**
     * Account events are about the account itself; order and prescription events name their
     * customer; a disabled webhook endpoint names the administrator who registered it.
     */
    private static Optional<UserId> recipientOf(DomainEvent event) {
        String id = event.aggregateType().equals("account")
                ? event.aggregateId()
                : event.data().getOrDefault("customerId", event.data().get("adminId"));
        return Optional.ofNullable(id).map(UUID::fromString).map(UserId::new);
    }
}
