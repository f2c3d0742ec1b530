package io.apotheca.application.prescription.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.domain.prescription.Prescription;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A verified pharmacist's review: claim a prescription for ten minutes so no colleague decides it
 * meanwhile, then approve or reject it. Approval that covers the order lets it be paid. Each step
 * is audited.
 */
public interface ReviewPrescriptionsUseCase {

    /**
     * @param notes the pharmacist's notes, if any
     * @param validUntil the last day the prescription is valid; when null, six months from today for
     *     an approval without a transcription, else the last day any of its items may be filled
     * @param transcription what the pharmacist read off the prescription; may be absent only for a
     *     prescription uploaded with an order, whose prescription-only lines are then its items
     */
    record Approval(String notes, LocalDate validUntil, Optional<TranscriptionForm> transcription) {

        /** An approval without a transcription, as clients sent it before prescriptions were kept on file. */
        public Approval(String notes, LocalDate validUntil) {
            this(notes, validUntil, Optional.empty());
        }
    }

    /**
     * A transcription as the pharmacist types it in; checked field by field, then against the
     * controlled-substance rules.
     *
     * @param prescriberName the prescriber's name
     * @param registrationNumber the prescriber's professional registration number
     * @param deaNumber the prescriber's DEA number, required when a controlled medicine is prescribed
     * @param written the date written
     * @param items the medicines
     */
    record TranscriptionForm(
            String prescriberName,
            String registrationNumber,
            String deaNumber,
            LocalDate written,
            List<ItemForm> items) {}

    /**
     * One medicine of a transcription.
     *
     * @param productId the catalog product
     * @param quantity the units per fill
     * @param directions how to take it
     * @param daysSupply how many days one fill lasts
     * @param refills how many refills the prescriber authorised
     */
    record ItemForm(UUID productId, Integer quantity, String directions, Integer daysSupply, Integer refills) {}

    Outcome<Prescription> claim(Caller caller, UUID prescriptionId);

    Outcome<Prescription> approve(Caller caller, UUID prescriptionId, Approval approval);

    Outcome<Prescription> reject(Caller caller, UUID prescriptionId, String reason);
}
