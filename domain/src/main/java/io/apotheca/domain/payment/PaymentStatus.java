package io.apotheca.domain.payment;

/** Where one payment attempt stands. */
public enum PaymentStatus {
    /** A card payment was opened with the provider and waits for the patient to pay. */
    REQUIRES_PAYMENT,
    /** The provider confirmed that the card was charged. */
    SUCCEEDED,
    /** The card payment was called off before any money moved. */
    CANCELED,
    /** Cash on delivery was chosen; the money is collected when the order is delivered. */
    CONFIRMED,
    /** The courier collected the cash. */
    COLLECTED
}
