package io.apotheca.application.shared;

/** Refusals about prescriptions and their review. */
public enum PrescriptionReason implements Refusal.Reason {
    /** A prescription-only item still waits for an approved prescription. */
    PRESCRIPTION_REQUIRED,
    /** Another pharmacist is reviewing the prescription. */
    PRESCRIPTION_CLAIMED,
    /** The patient or the order has as many uploads waiting for review as may wait. */
    TOO_MANY_PENDING_UPLOADS,
    /** Too little of the last fill's days' supply has passed; the refusal names the day it is allowed. */
    REFILL_TOO_SOON,
    /** The prescription item has no fill left, or its last day to be filled has passed. */
    NO_FILLS_LEFT,
    /** A transcription names a controlled medicine and the prescriber's DEA number is not given. */
    DEA_NUMBER_REQUIRED,
    /** A transcription authorises refills of a Schedule II medicine. */
    SCHEDULE_II_NOT_REFILLABLE,
    /** A transcription authorises more than five refills of a Schedule III or IV medicine. */
    TOO_MANY_REFILLS,
    /** A transcription's date written lies in the future. */
    WRITTEN_IN_FUTURE,
    /** A transcription's date written is so long ago that nothing on it may be filled any more. */
    PRESCRIPTION_EXPIRED,
    /** An electronic prescription names a patient the pharmacy cannot match to one of its customers. */
    UNKNOWN_PATIENT,
    /** An electronic prescription names a medicine by no code a product of the catalog carries. */
    UNKNOWN_MEDICINE,
    /** Another prescriber's system sent a message with this identifier already. */
    MESSAGE_IDENTIFIER_TAKEN;

    @Override
    public <T> T mappedBy(Refusal.ReasonMapping<T> mapping) {
        return mapping.prescription(this);
    }
}
