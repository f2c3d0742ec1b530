package io.apotheca.application.shared;

/** Refusals about payments, refunds and the payment provider. */
public enum PaymentReason implements Refusal.Reason {
    /** The order is in no state to be paid. */
    ORDER_NOT_PAYABLE,
    /** The payment method is not offered. */
    PAYMENT_METHOD_UNAVAILABLE,
    /** A payment of the order is being started. */
    PAYMENT_IN_PROGRESS,
    /** The payment provider refused the request. */
    PAYMENT_PROVIDER_ERROR,
    /** The provider refused to take an authorised card's money at dispensing; nothing was taken. */
    CAPTURE_REFUSED,
    /** The payment provider does not answer. */
    PAYMENT_PROVIDER_UNAVAILABLE,
    /** A provider event whose signature does not verify. */
    INVALID_SIGNATURE,
    /** The payment is in no state to be refunded. */
    NOT_REFUNDABLE,
    /** The payment is refunded in full. */
    ALREADY_REFUNDED,
    /** The refund is more than what is left of the payment. */
    REFUND_EXCEEDS_PAYMENT;

    @Override
    public <T> T mappedBy(Refusal.ReasonMapping<T> mapping) {
        return mapping.payment(this);
    }
}
