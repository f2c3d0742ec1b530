package io.apotheca.application.events;

import io.apotheca.application.events.PharmacyEvent.AccountDeleted;
import io.apotheca.application.events.PharmacyEvent.AccountPasswordResetRequested;
import io.apotheca.application.events.PharmacyEvent.AccountRegistered;
import io.apotheca.application.events.PharmacyEvent.AccountVerificationRequested;
import io.apotheca.application.events.PharmacyEvent.BatchRecalled;
import io.apotheca.application.events.PharmacyEvent.OrderCancelled;
import io.apotheca.application.events.PharmacyEvent.OrderConfirmed;
import io.apotheca.application.events.PharmacyEvent.OrderDelivered;
import io.apotheca.application.events.PharmacyEvent.OrderExpired;
import io.apotheca.application.events.PharmacyEvent.OrderFulfilled;
import io.apotheca.application.events.PharmacyEvent.OrderPaid;
import io.apotheca.application.events.PharmacyEvent.OrderPlaced;
import io.apotheca.application.events.PharmacyEvent.OrderPrescriptionApproved;
import io.apotheca.application.events.PharmacyEvent.OrderRefunded;
import io.apotheca.application.events.PharmacyEvent.OrderShipped;
import io.apotheca.application.events.PharmacyEvent.PaymentFailed;
import io.apotheca.application.events.PharmacyEvent.PaymentGivenBack;
import io.apotheca.application.events.PharmacyEvent.PrescriptionApproved;
import io.apotheca.application.events.PharmacyEvent.PrescriptionExpired;
import io.apotheca.application.events.PharmacyEvent.PrescriptionReceived;
import io.apotheca.application.events.PharmacyEvent.PrescriptionRejected;
import io.apotheca.application.events.PharmacyEvent.PrescriptionUploaded;
import io.apotheca.application.events.PharmacyEvent.RecallNoticeDue;
import io.apotheca.application.events.PharmacyEvent.RecallNoticeSent;
import io.apotheca.application.events.PharmacyEvent.WebhookEndpointDisabled;
import io.apotheca.application.events.port.out.Outbox;
import io.apotheca.application.shared.Kernel;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.payment.Payment;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.shared.Money;
import io.apotheca.domain.webhook.WebhookEndpoint;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The one serializer of events: each {@link PharmacyEvent} becomes the envelope the outbox keeps
 * ({@link DomainEvent}: its type, the record it is about, ids and codes). An account's event names
 * its role; an order's its status and customer; a prescription's its status, order and customer;
 * each adds what it alone knows.
 */
public final class EventEnvelopes {

    private EventEnvelopes() {}

    /** Records the event in the outbox, inside the caller's transaction. */
    public static void record(Outbox outbox, Kernel kernel, PharmacyEvent event) {
        outbox.record(envelope(event, kernel.ids().next(), kernel.now()));
    }

    /** The event as the outbox keeps it. */
    public static DomainEvent envelope(PharmacyEvent event, UUID id, Instant at) {
        if (event instanceof AccountRegistered e) {
            return account(id, AccountRegistered.TYPE, e.user(), at);
        } else if (event instanceof AccountVerificationRequested e) {
            return account(id, AccountVerificationRequested.TYPE, e.user(), at);
        } else if (event instanceof AccountPasswordResetRequested e) {
            return account(id, AccountPasswordResetRequested.TYPE, e.user(), at);
        } else if (event instanceof AccountDeleted e) {
            return account(id, AccountDeleted.TYPE, e.user(), at);
        } else if (event instanceof OrderPlaced e) {
            Money total = e.order().details().total();
            return order(
                    id,
                    OrderPlaced.TYPE,
                    e.order(),
                    Map.of(
                            "total", Long.toString(total.minor()),
                            "tax",
                                    Long.toString(
                                            e.order().details().totals().tax().minor()),
                            "shipping",
                                    Long.toString(e.order()
                                            .details()
                                            .totals()
                                            .shipping()
                                            .minor()),
                            "currency", total.currency().getCurrencyCode()),
                    at);
        } else if (event instanceof OrderPrescriptionApproved e) {
            return order(id, OrderPrescriptionApproved.TYPE, e.order(), Map.of(), at);
        } else if (event instanceof OrderPaid e) {
            return order(id, OrderPaid.TYPE, e.order(), paid(e.payment()), at);
        } else if (event instanceof PharmacyEvent.OrderCardAuthorised e) {
            return order(id, PharmacyEvent.OrderCardAuthorised.TYPE, e.order(), paid(e.payment()), at);
        } else if (event instanceof OrderConfirmed e) {
            return order(
                    id,
                    OrderConfirmed.TYPE,
                    e.order(),
                    Map.of(
                            "method", e.payment().method().code(),
                            "paymentId", e.payment().id().toString()),
                    at);
        } else if (event instanceof OrderCancelled e) {
            return order(
                    id,
                    OrderCancelled.TYPE,
                    e.order(),
                    Map.of("reason", e.order().reason().code()),
                    at);
        } else if (event instanceof OrderExpired e) {
            return order(
                    id,
                    OrderExpired.TYPE,
                    e.order(),
                    Map.of("reason", e.order().reason().code()),
                    at);
        } else if (event instanceof OrderFulfilled e) {
            return order(
                    id, OrderFulfilled.TYPE, e.order(), Map.of("from", e.from().name()), at);
        } else if (event instanceof OrderShipped e) {
            return order(
                    id, OrderShipped.TYPE, e.order(), Map.of("from", e.from().name()), at);
        } else if (event instanceof OrderDelivered e) {
            return order(
                    id, OrderDelivered.TYPE, e.order(), Map.of("from", e.from().name()), at);
        } else if (event instanceof OrderRefunded e) {
            return order(
                    id,
                    OrderRefunded.TYPE,
                    e.order(),
                    Map.of(
                            "amount", Long.toString(e.amount().minor()),
                            "currency", e.amount().currency().getCurrencyCode()),
                    at);
        } else if (event instanceof PaymentFailed e) {
            return order(
                    id,
                    PaymentFailed.TYPE,
                    e.order(),
                    Map.of(
                            "paymentId", e.payment().id().toString(),
                            "failure", e.payment().lastFailure().orElse("payment_failed")),
                    at);
        } else if (event instanceof PaymentGivenBack e) {
            return order(id, PaymentGivenBack.TYPE, e.order(), givenBack(e), at);
        } else if (event instanceof PrescriptionUploaded e) {
            return prescription(id, PrescriptionUploaded.TYPE, e.prescription(), Map.of(), at);
        } else if (event instanceof PrescriptionReceived e) {
            return prescription(id, PrescriptionReceived.TYPE, e.prescription(), Map.of(), at);
        } else if (event instanceof PrescriptionApproved e) {
            return prescription(id, PrescriptionApproved.TYPE, e.prescription(), Map.of(), at);
        } else if (event instanceof PrescriptionRejected e) {
            return prescription(id, PrescriptionRejected.TYPE, e.prescription(), Map.of("reason", e.reason()), at);
        } else if (event instanceof PrescriptionExpired e) {
            return prescription(id, PrescriptionExpired.TYPE, e.prescription(), Map.of(), at);
        } else if (event instanceof BatchRecalled e) {
            return new DomainEvent(
                    id,
                    BatchRecalled.TYPE,
                    "batch",
                    e.recall().batch().toString(),
                    new TreeMap<>(Map.of(
                            "recallId", e.recall().id().toString(),
                            "productId", e.recall().product().toString(),
                            "lot", e.recall().lot().value(),
                            "recallClass", e.recall().recallClass().name(),
                            "patients", Integer.toString(e.patients()),
                            "unitsDispensed", Integer.toString(e.unitsDispensed()),
                            "cancelledOrders",
                                    String.join(
                                            ",",
                                            e.cancelled().stream()
                                                    .map(OrderId::toString)
                                                    .toList()))),
                    at);
        } else if (event instanceof RecallNoticeDue e) {
            // the patient's id beside ids and codes only: which medicine is read when the mail is written
            Map<String, String> data = Map.of(
                    "customerId", e.patient().toString(),
                    "recallClass", e.recall().recallClass().name(),
                    "units", Integer.toString(e.units()));
            return new DomainEvent(
                    id, RecallNoticeDue.TYPE, "recall", e.recall().id().toString(), data, at);
        } else if (event instanceof RecallNoticeSent e) {
            return new DomainEvent(
                    id,
                    RecallNoticeSent.TYPE,
                    "recall",
                    e.recallId().toString(),
                    Map.of("customerId", e.patient().toString()),
                    at);
        } else if (event instanceof WebhookEndpointDisabled e) {
            return new DomainEvent(
                    id,
                    WebhookEndpointDisabled.TYPE,
                    "webhook_endpoint",
                    e.endpoint().id().toString(),
                    Map.of(
                            "adminId", e.endpoint().createdBy().toString(),
                            "reason", e.endpoint().disabledReason().orElse(WebhookEndpoint.DELIVERIES_FAILING),
                            "url", e.endpoint().url().toString()),
                    at);
        }
        throw new IllegalArgumentException("an event of no known kind: " + event);
    }

    /** What a payment's details say: its id, and the amount it holds. */
    private static Map<String, String> paid(Payment payment) {
        return Map.of(
                "paymentId", payment.id().toString(),
                "amount", Long.toString(payment.amount().minor()),
                "currency", payment.amount().currency().getCurrencyCode());
    }

    /** The details of money given back, which the audit entry of the same step repeats. */
    public static Map<String, String> givenBack(PaymentGivenBack e) {
        return Map.of(
                "reason", e.reason(),
                "orderStatus", e.order().status().name(),
                "paymentId", e.payment().id().toString(),
                "amount", Long.toString(e.received().minor()),
                "currency", e.received().currency().getCurrencyCode());
    }

    private static DomainEvent account(UUID id, String type, User user, Instant at) {
        return new DomainEvent(
                id,
                type,
                "account",
                user.id().toString(),
                Map.of("role", user.role().name()),
                at);
    }

    private static DomainEvent order(UUID id, String type, Order order, Map<String, String> more, Instant at) {
        Map<String, String> data = new TreeMap<>(more);
        data.put("status", order.status().name());
        data.put("customerId", order.details().customer().toString());
        return new DomainEvent(id, type, "order", order.id().toString(), data, at);
    }

    private static DomainEvent prescription(
            UUID id, String type, Prescription prescription, Map<String, String> more, Instant at) {
        Map<String, String> data = new TreeMap<>(more);
        data.put("status", prescription.status().name());
        prescription.submission().orderId().ifPresent(order -> data.put("orderId", order.toString()));
        data.put("customerId", prescription.submission().customer().toString());
        return new DomainEvent(id, type, "prescription", prescription.id().toString(), data, at);
    }
}
