package io.apotheca.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import io.apotheca.application.medication.port.in.MedicationRecord;
import io.apotheca.application.prescription.port.out.PrescriptionFills.FillRecord;
import io.apotheca.domain.catalog.ProductCode;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.order.DispensedLot;
import io.apotheca.domain.prescription.PrescribedItem;
import io.apotheca.domain.prescription.Prescriber;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.Transcription;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.UnsignedIntType;

/**
 * A medication record as FHIR R4 resources: the patient; one MedicationRequest per prescribed item
 * (the prescription as its group identifier, the prescriber as a contained Practitioner); one
 * MedicationDispense per lot of each dispensed fill (Medication.batch holds one lot, so a fill
 * that drew on two lots is two dispenses), the medicine a contained Medication with the lot and its
 * expiry, the pharmacist a contained Practitioner as performer.
 */
final class RecordResources {

    private final MedicationRecord record;

    RecordResources(MedicationRecord record) {
        this.record = record;
    }

    Patient patient() {
        MedicationRecord.Patient p = record.patient();
        Patient patient = new Patient();
        patient.setId(p.id().toString());
        patient.addIdentifier()
                .setUse(Identifier.IdentifierUse.USUAL)
                .setSystem(FhirSystems.PATIENT_NUMBER)
                .setValue(p.id().toString());
        patient.setActive(p.active());
        patient.addName().setText(p.fullName());
        p.email()
                .ifPresent(email -> patient.addTelecom()
                        .setSystem(ContactPoint.ContactPointSystem.EMAIL)
                        .setValue(email));
        return patient;
    }

    /** Every prescribed item of the record, oldest prescription first. */
    List<MedicationRequest> requests() {
        List<MedicationRequest> requests = new ArrayList<>();
        for (Prescription prescription : record.prescriptions()) {
            prescription
                    .currentTranscription()
                    .ifPresent(t -> t.items().forEach(item -> requests.add(request(prescription, t, item))));
        }
        return requests;
    }

    /** Every lot of every dispensed fill, in the order the fills were reserved. */
    List<MedicationDispense> dispenses() {
        List<MedicationDispense> dispenses = new ArrayList<>();
        for (Prescription prescription : record.prescriptions()) {
            Optional<Transcription> transcription = prescription.currentTranscription();
            for (FillRecord fill : record.fills().getOrDefault(prescription.id(), List.of())) {
                if (fill.dispensedAt().isEmpty()) {
                    continue;
                }
                Optional<PrescribedItem> item = transcription.flatMap(t -> t.item(fill.itemId()));
                for (DispensedLot lot : fill.lots()) {
                    dispenses.add(dispense(fill, item, lot));
                }
            }
        }
        return dispenses;
    }

    private MedicationRequest request(Prescription prescription, Transcription transcription, PrescribedItem item) {
        MedicationRequest request = new MedicationRequest();
        request.setId(item.id().toString());
        request.setGroupIdentifier(new Identifier()
                .setSystem(FhirSystems.PRESCRIPTION)
                .setValue(prescription.id().toString()));
        request.setStatus(status(prescription));
        request.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        request.setMedication(medicine(item.productId()));
        request.setSubject(patientReference());
        request.setAuthoredOnElement(new DateTimeType(transcription.written().toString()));
        transcription.prescriber().ifPresent(p -> request.setRequester(new Reference(prescriber(p))));
        request.addDosageInstruction().setText(item.directions());
        MedicationRequest.MedicationRequestDispenseRequestComponent dispense = request.getDispenseRequest();
        dispense.setNumberOfRepeatsAllowed(item.refillsAuthorised());
        dispense.setQuantity(new Quantity().setValue(item.quantityPerFill().units()));
        dispense.setExpectedSupplyDuration(days(item.daysSupply()));
        prescription
                .lastValidDay()
                .ifPresent(day ->
                        dispense.setValidityPeriod(new Period().setEndElement(new DateTimeType(day.toString()))));
        if (prescription instanceof Prescription.Approved) {
            dispense.addExtension(
                    FhirSystems.REFILLS_REMAINING, new UnsignedIntType(refillsRemaining(prescription, item)));
        }
        return request;
    }

    /** Fills the item still allows after the first: the refills authorised less those taken. */
    private int refillsRemaining(Prescription prescription, PrescribedItem item) {
        long taken = record.fills().getOrDefault(prescription.id(), List.of()).stream()
                .filter(f -> f.itemId().equals(item.id()))
                .count();
        return (int) Math.max(0, Math.min(item.refillsAuthorised(), item.fillsAuthorised() - taken));
    }

    private MedicationDispense dispense(FillRecord fill, Optional<PrescribedItem> item, DispensedLot lot) {
        MedicationDispense dispense = new MedicationDispense();
        dispense.setId(UUID.nameUUIDFromBytes(
                        (fill.itemId() + "|" + fill.orderId() + "|" + lot.lot().value())
                                .getBytes(StandardCharsets.UTF_8))
                .toString());
        dispense.addIdentifier()
                .setSystem(FhirSystems.ORDER)
                .setValue(fill.orderId().toString());
        dispense.setStatus(MedicationDispense.MedicationDispenseStatus.COMPLETED);
        Medication medication = new Medication();
        medication.setCode(medicine(fill.productId()));
        medication
                .getBatch()
                .setLotNumber(lot.lot().value())
                .setExpirationDateElement(new DateTimeType(lot.expiryDate().toString()));
        dispense.setMedication(new Reference(medication));
        dispense.setSubject(patientReference());
        fill.dispensedBy()
                .map(record.pharmacists()::get)
                .ifPresent(p -> dispense.addPerformer().setActor(new Reference(pharmacist(p))));
        dispense.addAuthorizingPrescription(new Reference("MedicationRequest/" + fill.itemId()));
        dispense.setQuantity(new Quantity().setValue(lot.quantity()));
        item.ifPresent(i -> {
            dispense.setDaysSupply(days(i.daysSupply()));
            dispense.addDosageInstruction().setText(i.directions());
        });
        dispense.setWhenHandedOverElement(instant(fill.dispensedAt().orElseThrow()));
        return dispense;
    }

    private CodeableConcept medicine(ProductId product) {
        CodeableConcept concept = new CodeableConcept();
        Optional<MedicationRecord.Medicine> medicine =
                Optional.ofNullable(record.medicines().get(product));
        for (ProductCode code : medicine.map(MedicationRecord.Medicine::codes).orElse(List.of())) {
            concept.addCoding(new Coding(code.system(), code.code(), null));
        }
        return concept.setText(medicine.map(MedicationRecord.Medicine::name).orElse("Product " + product));
    }

    private Reference patientReference() {
        return new Reference("Patient/" + record.patient().id());
    }

    private static Practitioner prescriber(Prescriber prescriber) {
        Practitioner practitioner = new Practitioner();
        practitioner.addName().setText(prescriber.name());
        String registration = prescriber.registrationNumber();
        practitioner
                .addIdentifier()
                .setSystem(registration.matches("\\d{10}") ? FhirSystems.NPI : FhirSystems.PRESCRIBER_REGISTRATION)
                .setValue(registration);
        prescriber
                .deaNumber()
                .ifPresent(dea ->
                        practitioner.addIdentifier().setSystem(FhirSystems.DEA).setValue(dea.value()));
        return practitioner;
    }

    private static Practitioner pharmacist(MedicationRecord.Pharmacist pharmacist) {
        Practitioner practitioner = new Practitioner();
        practitioner.addName().setText(pharmacist.fullName());
        pharmacist
                .licence()
                .ifPresent(l -> practitioner
                        .addIdentifier()
                        .setSystem(FhirSystems.PHARMACIST_LICENCE)
                        .setValue(l.jurisdiction() + "/" + l.number()));
        return practitioner;
    }

    private static MedicationRequestStatus status(Prescription prescription) {
        return switch (prescription.status()) {
            case PENDING_REVIEW -> MedicationRequestStatus.DRAFT;
            case APPROVED -> MedicationRequestStatus.ACTIVE;
            case REJECTED -> MedicationRequestStatus.CANCELLED;
            case EXPIRED -> MedicationRequestStatus.STOPPED;
            case EXHAUSTED -> MedicationRequestStatus.COMPLETED;
        };
    }

    private static Duration days(int days) {
        Duration duration = new Duration();
        duration.setValue(days).setUnit("days").setSystem(FhirSystems.UCUM).setCode("d");
        return duration;
    }

    private static DateTimeType instant(Instant at) {
        return new DateTimeType(Date.from(at), TemporalPrecisionEnum.MILLI, TimeZone.getTimeZone("UTC"));
    }
}
