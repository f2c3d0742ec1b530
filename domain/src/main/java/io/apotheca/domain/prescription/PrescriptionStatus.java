package io.apotheca.domain.prescription;

/** Where a prescription stands in its review. */
public enum PrescriptionStatus {
    /** Uploaded by the patient, waiting for a pharmacist. */
    PENDING_REVIEW,
    /** A verified pharmacist found it valid; it covers its order until {@code validUntil}. */
    APPROVED,
    /** A verified pharmacist refused it, with a reason; the patient may upload another. */
    REJECTED,
    /** It was approved, and its validity has run out. */
    EXPIRED
}
