package io.apotheca.domain.prescription;

/** Where a prescription stands in its review. */
public enum PrescriptionStatus {
    /** Uploaded by the patient, waiting for a pharmacist. */
    PENDING_REVIEW,
    /** A verified pharmacist transcribed it and found it valid; its items may be filled until {@code validUntil}. */
    APPROVED,
    /** A verified pharmacist refused it, with a reason; the patient may upload another. */
    REJECTED,
    /** It was approved, and its validity has run out. */
    EXPIRED,
    /** It was approved, and every fill it authorised has been dispensed. */
    EXHAUSTED
}
