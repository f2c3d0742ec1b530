package io.apotheca.application.payment.port.out;

import io.apotheca.domain.payment.RefundStatus;
import io.apotheca.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A verified event from a payment provider, in the pharmacy's words. The provider's adapter
 * translates its own vocabulary (its event types, its objects' statuses) into one of these, so a
 * second provider is one more adapter and nothing here changes.
 */
public sealed interface ProviderEvent {

    /** The provider's event id, unique per event (redeliveries repeat it). */
    String id();

    /** When the provider created it. */
    Instant createdAt();

    /**
     * The payment attempt an event is about.
     *
     * @param providerPaymentId the provider's id for it
     * @param paymentId the attempt id Apotheca gave the provider with it
     */
    record PaymentReference(Optional<String> providerPaymentId, Optional<String> paymentId) {

        public PaymentReference {
            Objects.requireNonNull(providerPaymentId, "providerPaymentId");
            Objects.requireNonNull(paymentId, "paymentId");
        }
    }

    /**
     * The money arrived: the payment itself says so, not only the event's name.
     *
     * @param received what arrived, when the provider said
     */
    record PaymentSucceeded(String id, Instant createdAt, PaymentReference payment, Optional<Money> received)
            implements ProviderEvent {

        public PaymentSucceeded {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(payment, "payment");
            Objects.requireNonNull(received, "received");
        }
    }

    /**
     * The card is authorised and holds the amount, not yet taken (a payment charged at dispensing).
     *
     * @param authorised what the card holds, when the provider said
     */
    record PaymentAuthorised(String id, Instant createdAt, PaymentReference payment, Optional<Money> authorised)
            implements ProviderEvent {

        public PaymentAuthorised {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(payment, "payment");
            Objects.requireNonNull(authorised, "authorised");
        }
    }

    /**
     * The card was declined; the order stays payable.
     *
     * @param failure the provider's reason code, such as {@code insufficient_funds}
     */
    record PaymentFailed(String id, Instant createdAt, PaymentReference payment, String failure)
            implements ProviderEvent {

        public PaymentFailed {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(payment, "payment");
            Objects.requireNonNull(failure, "failure");
        }
    }

    /** The attempt was called off at the provider. */
    record PaymentCanceled(String id, Instant createdAt, PaymentReference payment) implements ProviderEvent {

        public PaymentCanceled {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(payment, "payment");
        }
    }

    /**
     * A refund moved at the provider, asked for by Apotheca or made in the provider's dashboard.
     *
     * @param providerRefundId the provider's id for the refund
     * @param status where the refund stands now
     * @param payment the payment it gives back
     * @param amount how much it gives back, when the provider said
     */
    record RefundChanged(
            String id,
            Instant createdAt,
            String providerRefundId,
            RefundStatus status,
            PaymentReference payment,
            Optional<Money> amount)
            implements ProviderEvent {

        public RefundChanged {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(providerRefundId, "providerRefundId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(payment, "payment");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /**
     * An event the pharmacy has nothing to do about; kept in the inbox all the same, so a
     * redelivery is known as one.
     *
     * @param why what it was, in words for the log
     */
    record NothingToDo(String id, Instant createdAt, String why) implements ProviderEvent {

        public NothingToDo {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(why, "why");
        }
    }
}
