package io.apotheca.application.prescription.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.domain.prescription.Prescription;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A verified pharmacist's review: claim a prescription for ten minutes so no colleague decides it
 * meanwhile, then approve or reject it. Approval that covers the order lets it be paid. Each step
 * is audited.
 */
public interface ReviewPrescriptionsUseCase {

    /**
     * @param notes the pharmacist's notes, if any
     * @param validUntil the last day the prescription is valid; six months from today when null
     */
    record Approval(String notes, LocalDate validUntil) {}

    Outcome<Prescription> claim(Caller caller, UUID prescriptionId);

    Outcome<Prescription> approve(Caller caller, UUID prescriptionId, Approval approval);

    Outcome<Prescription> reject(Caller caller, UUID prescriptionId, String reason);
}
