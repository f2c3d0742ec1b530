package io.apotheca.application.medication.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import java.util.UUID;

/**
 * A patient's medication record is read by the patient (their own only: another patient's is not
 * found), by verified pharmacists and by administrators; every read is audited, naming the part read.
 */
public interface ViewMedicationRecordUseCase {

    Outcome<MedicationRecord> read(Caller caller, UUID patientId, Part part);

    /** What part of the record is read: the audit entry names it. */
    enum Part {
        /** Only who the patient is. */
        PATIENT,
        /** The prescriptions. */
        PRESCRIPTIONS,
        /** What was dispensed. */
        DISPENSES,
        /** Everything. */
        EVERYTHING
    }
}
