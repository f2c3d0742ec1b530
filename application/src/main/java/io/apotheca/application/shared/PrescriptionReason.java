package io.apotheca.application.shared;

/** Refusals about prescriptions and their review. */
public enum PrescriptionReason implements Refusal.Reason {
    /** A prescription-only item still waits for an approved prescription. */
    PRESCRIPTION_REQUIRED,
    /** Another pharmacist is reviewing the prescription. */
    PRESCRIPTION_CLAIMED,
    /** The patient or the order has as many uploads waiting for review as may wait. */
    TOO_MANY_PENDING_UPLOADS;

    @Override
    public <T> T mappedBy(Refusal.ReasonMapping<T> mapping) {
        return mapping.prescription(this);
    }
}
