package io.apotheca.application.payment.port.out;

import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.payment.PaymentId;
import io.apotheca.domain.payment.RefundStatus;
import io.apotheca.domain.shared.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * Whoever moves the money: the card provider, or the courier for cash on delivery. Every call that
 * changes something carries an idempotency key, and calling again with the same key and the same
 * request gives the first answer again instead of doing it twice. Failures are thrown as {@link
 * PaymentGatewayException}, never as the provider's own exceptions.
 */
public interface PaymentGateway {

    /** Opens the payment for {@code request}, or finds the one already opened under its key. */
    ProviderPayment open(PaymentRequest request);

    /** The payment as the provider sees it now. */
    ProviderPayment retrieve(String providerPaymentId);

    /** Calls off a payment nobody paid; one already paid is answered as it is, succeeded. */
    ProviderPayment cancel(String providerPaymentId, String idempotencyKey);

    /** Gives back {@code request.amount()} of a received payment. */
    ProviderRefund refund(RefundRequest request);

    /**
     * Takes {@code request.amount()} of a payment opened with {@link CaptureMethod#MANUAL} and
     * authorised; what is not taken is released to the payer. A capture already made under the key is
     * answered as it stands.
     */
    ProviderPayment capture(CaptureRequest request);

    /** When the money of a payment is taken. */
    enum CaptureMethod {
        /** As soon as the payer pays. */
        AUTOMATIC,
        /** Only authorised when the payer pays; taken later by {@link #capture}, all or part of it. */
        MANUAL
    }

    /**
     * A payment to open.
     *
     * @param idempotencyKey the attempt's key, derived from the order
     * @param orderId the order, told to the provider for its records
     * @param paymentId the attempt, told to the provider so its events can be matched
     * @param amount the order's total: never what a client said
     * @param capture when the money is taken
     */
    record PaymentRequest(
            String idempotencyKey, OrderId orderId, PaymentId paymentId, Money amount, CaptureMethod capture) {

        public PaymentRequest {
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(capture, "capture");
        }

        /** A payment whose money is taken as soon as it is paid. */
        public PaymentRequest(String idempotencyKey, OrderId orderId, PaymentId paymentId, Money amount) {
            this(idempotencyKey, orderId, paymentId, amount, CaptureMethod.AUTOMATIC);
        }
    }

    /**
     * Money to take of an authorised payment.
     *
     * @param idempotencyKey the capture's key, derived from the order
     * @param amount at most what was authorised
     */
    record CaptureRequest(String idempotencyKey, String providerPaymentId, Money amount) {

        public CaptureRequest {
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            Objects.requireNonNull(providerPaymentId, "providerPaymentId");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /**
     * A payment at the provider.
     *
     * @param id the provider's id
     * @param clientSecret what the patient's browser needs to pay it (cards only)
     * @param status where it stands
     * @param amount what it is for; once money was received, what was (all or part of an authorisation)
     */
    record ProviderPayment(String id, Optional<String> clientSecret, ProviderStatus status, Money amount) {

        public ProviderPayment {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(clientSecret, "clientSecret");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(amount, "amount");
        }

        @Override
        public String toString() {
            return "ProviderPayment[id=" + id + ", status=" + status + ", amount=" + amount + "]";
        }
    }

    /** Where a payment stands at the provider. */
    enum ProviderStatus {
        /** Waiting for the patient to pay (or to finish paying). */
        OPEN,
        /** Authorised and not yet captured (manual capture only): the payer's card holds the amount. */
        AUTHORISED,
        /** The money was received. */
        SUCCEEDED,
        /** Called off; nothing was received. */
        CANCELED
    }

    /**
     * Money to give back.
     *
     * @param idempotencyKey the refund's key
     * @param providerPaymentId the payment it comes from
     * @param amount how much
     */
    record RefundRequest(String idempotencyKey, String providerPaymentId, Money amount) {

        public RefundRequest {
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            Objects.requireNonNull(providerPaymentId, "providerPaymentId");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /**
     * The provider's answer to a refund.
     *
     * @param id the provider's id for it
     * @param status pending, succeeded or failed
     * @param amount how much
     */
    record ProviderRefund(String id, RefundStatus status, Money amount) {}
}
