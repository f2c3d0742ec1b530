package io.apotheca.domain.payment;

/** Where one payment attempt stands. */
public enum PaymentStatus {
    /** A card payment was opened with the provider and waits for the patient to pay. */
    REQUIRES_PAYMENT,
    /** The card is authorised for the amount and nothing is taken yet (capture at dispensing). */
    AUTHORISED,
    /** The pharmacy asked the provider to take all or part of an authorisation, and waits for it to say so. */
    CAPTURE_REQUESTED,
    /** The provider confirmed that the card was charged. */
    SUCCEEDED,
    /** The card payment was called off before any money moved. */
    CANCELED,
    /** Cash on delivery was chosen; the money is collected when the order is delivered. */
    CONFIRMED,
    /** The courier collected the cash. */
    COLLECTED
}
