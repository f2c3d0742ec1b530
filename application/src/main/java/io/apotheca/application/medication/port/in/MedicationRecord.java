package io.apotheca.application.medication.port.in;

import io.apotheca.application.prescription.port.out.PrescriptionFills.FillRecord;
import io.apotheca.domain.catalog.ProductCode;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.LicenceNumber;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.PrescriptionId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A patient's medication record: the patient, their prescriptions (oldest first) with each one's
 * fills, and what names the medicines and the pharmacists in it.
 *
 * @param patient who it is about
 * @param prescriptions every prescription of the patient, oldest first (empty when only the patient
 *     was asked for)
 * @param fills each prescription's fills, reserved or dispensed
 * @param medicines the products named, with their standard codes
 * @param pharmacists the pharmacists who dispensed, with their licences
 */
public record MedicationRecord(
        Patient patient,
        List<Prescription> prescriptions,
        Map<PrescriptionId, List<FillRecord>> fills,
        Map<ProductId, Medicine> medicines,
        Map<UserId, Pharmacist> pharmacists) {

    public MedicationRecord {
        prescriptions = List.copyOf(prescriptions);
        fills = Map.copyOf(fills);
        medicines = Map.copyOf(medicines);
        pharmacists = Map.copyOf(pharmacists);
    }

    /**
     * The patient, as the pharmacy knows them.
     *
     * @param id their patient number (their account's id)
     * @param fullName their name ("Deleted account" once the account is deleted)
     * @param email their e-mail (empty once the account is deleted)
     * @param active whether the account is in use
     */
    public record Patient(UserId id, String fullName, Optional<String> email, boolean active, Instant registeredAt) {}

    /**
     * A medicine of the catalog.
     *
     * @param id the product
     * @param name its name
     * @param codes its standard codes
     */
    public record Medicine(ProductId id, String name, List<ProductCode> codes) {}

    /**
     * A pharmacist who dispensed.
     *
     * @param id their account
     * @param fullName their name
     * @param licence their licence, if they registered one
     */
    public record Pharmacist(UserId id, String fullName, Optional<LicenceNumber> licence) {}
}
