package io.apotheca.application.events;

import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.inventory.Recall;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderStatus;
import io.apotheca.domain.payment.Payment;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.shared.Money;
import io.apotheca.domain.webhook.WebhookEndpoint;
import java.util.List;
import java.util.UUID;

/**
 * What happened to the pharmacy's records, one type per event: a new event is a new record here,
 * so it cannot be misspelled and its payload is typed. {@link EventEnvelopes} is the one place that
 * turns an event into the envelope the outbox keeps and consumers read (its {@code TYPE}, the
 * record's id, ids and codes, never personal data).
 */
public sealed interface PharmacyEvent {

    /** An account was created: its address is to be verified. */
    record AccountRegistered(User user) implements PharmacyEvent {
        public static final String TYPE = "account.registered";
    }

    /** The account's holder asked for a new verification link. */
    record AccountVerificationRequested(User user) implements PharmacyEvent {
        public static final String TYPE = "account.verification_requested";
    }

    /** Someone asked to reset the account's password. */
    record AccountPasswordResetRequested(User user) implements PharmacyEvent {
        public static final String TYPE = "account.password_reset_requested";
    }

    /** The account was deleted and its personal data anonymised. */
    record AccountDeleted(User user) implements PharmacyEvent {
        public static final String TYPE = "account.deleted";
    }

    /** A cart became an order, its stock held. */
    record OrderPlaced(Order order) implements PharmacyEvent {
        public static final String TYPE = "order.placed";
    }

    /** Every prescription of the order is approved: it may be paid. */
    record OrderPrescriptionApproved(Order order) implements PharmacyEvent {
        public static final String TYPE = "order.prescription_approved";
    }

    /** The card payment arrived. */
    record OrderPaid(Order order, Payment payment) implements PharmacyEvent {
        public static final String TYPE = "order.paid";
    }

    /** A card was authorised for the order, to be charged at dispensing for what is dispensed. */
    record OrderCardAuthorised(Order order, Payment payment) implements PharmacyEvent {
        public static final String TYPE = "order.card_authorised";
    }

    /** Cash on delivery was chosen. */
    record OrderConfirmed(Order order, Payment payment) implements PharmacyEvent {
        public static final String TYPE = "order.confirmed";
    }

    /** The order was called off by its customer or staff. */
    record OrderCancelled(Order.Cancelled order) implements PharmacyEvent {
        public static final String TYPE = "order.cancelled";
    }

    /** Nobody paid, or no prescription was approved, before the order's hold ran out. */
    record OrderExpired(Order.Cancelled order) implements PharmacyEvent {
        public static final String TYPE = "order.expired";
    }

    /** The order was dispensed. */
    record OrderFulfilled(Order order, OrderStatus from) implements PharmacyEvent {
        public static final String TYPE = "order.fulfilled";
    }

    /** The order left the pharmacy. */
    record OrderShipped(Order order, OrderStatus from) implements PharmacyEvent {
        public static final String TYPE = "order.shipped";
    }

    /** The order reached its customer. */
    record OrderDelivered(Order order, OrderStatus from) implements PharmacyEvent {
        public static final String TYPE = "order.delivered";
    }

    /** All money received for the order went back. */
    record OrderRefunded(Order order, Money amount) implements PharmacyEvent {
        public static final String TYPE = "order.refunded";
    }

    /** A card was declined; the order stays payable. */
    record PaymentFailed(Order order, Payment payment) implements PharmacyEvent {
        public static final String TYPE = "payment.failed";
    }

    /**
     * Money arrived that the order could not take (no longer waiting, or another amount), and is
     * being given back.
     *
     * @param reason the code of why, such as {@code order_not_payable}
     */
    record PaymentGivenBack(Order order, Payment payment, Money received, String reason) implements PharmacyEvent {
        public static final String TYPE = "payment.given_back";
    }

    /** A prescription was uploaded for an order. */
    record PrescriptionUploaded(Prescription prescription) implements PharmacyEvent {
        public static final String TYPE = "prescription.uploaded";
    }

    /** A prescriber's system sent the prescription electronically; it waits for a pharmacist. */
    record PrescriptionReceived(Prescription prescription) implements PharmacyEvent {
        public static final String TYPE = "prescription.received";
    }

    /** A pharmacist approved the prescription. */
    record PrescriptionApproved(Prescription prescription) implements PharmacyEvent {
        public static final String TYPE = "prescription.approved";
    }

    /**
     * A pharmacist rejected the prescription.
     *
     * @param reason the pharmacist's words to the patient
     */
    record PrescriptionRejected(Prescription prescription, String reason) implements PharmacyEvent {
        public static final String TYPE = "prescription.rejected";
    }

    /** The prescription's validity ran out. */
    record PrescriptionExpired(Prescription prescription) implements PharmacyEvent {
        public static final String TYPE = "prescription.expired";
    }

    /**
     * A lot was recalled, with its impact: how many patients received units of it, and the open
     * orders it left unserved and cancelled.
     */
    record BatchRecalled(Recall recall, int patients, int unitsDispensed, List<OrderId> cancelled)
            implements PharmacyEvent {
        public static final String TYPE = "batch.recalled";

        public BatchRecalled {
            cancelled = List.copyOf(cancelled);
        }
    }

    /** A patient who received units of a recalled lot is to be told, once. */
    record RecallNoticeDue(Recall recall, UserId patient, int units) implements PharmacyEvent {
        public static final String TYPE = "recall.notice_due";
    }

    /**
     * A webhook endpoint whose deliveries failed for days was disabled; the administrator who
     * registered it is told.
     */
    record WebhookEndpointDisabled(WebhookEndpoint endpoint) implements PharmacyEvent {
        public static final String TYPE = "webhook_endpoint.disabled";
    }

    /** A patient's recall notice was sent. */
    record RecallNoticeSent(UUID recallId, UserId patient) implements PharmacyEvent {
        public static final String TYPE = "recall.notice_sent";
    }
}
