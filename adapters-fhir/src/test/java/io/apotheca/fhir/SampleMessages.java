package io.apotheca.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/** Electronic prescriptions as a prescriber's system would send them: FHIR R4 transaction Bundles. */
public final class SampleMessages {

    private SampleMessages() {}

    /**
     * One medicine of a message.
     *
     * @param system the code's system
     * @param code the code
     * @param quantity the units per fill
     * @param days the days' supply
     * @param refills the refills authorised
     */
    public record Medicine(String system, String code, int quantity, int days, int refills) {}

    /**
     * A transaction Bundle prescribing the medicines.
     *
     * @param identifier the message's identifier value (its system is {@code https://ehr.example/messages})
     * @param patientNumber the patient's Apotheca patient number
     * @param email the patient's e-mail
     * @param written the date written, as FHIR writes dates
     * @param dea the prescriber's DEA number, or null
     */
    public static Bundle prescription(
            String identifier,
            String patientNumber,
            String email,
            String written,
            String dea,
            List<Medicine> medicines) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.TRANSACTION);
        bundle.getIdentifier().setSystem("https://ehr.example/messages").setValue(identifier);

        Patient patient = new Patient();
        patient.addIdentifier().setSystem(FhirSystems.PATIENT_NUMBER).setValue(patientNumber);
        patient.addName().setFamily("Doe").addGiven("Jo");
        patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(email);
        entry(bundle, "urn:uuid:6f1c2a52-0d4e-4c7a-9a55-7d1f7e0b1001", patient, "Patient");

        Practitioner prescriber = new Practitioner();
        prescriber.addName().setFamily("Brown").addGiven("Jane").addPrefix("Dr");
        prescriber.addIdentifier().setSystem(FhirSystems.NPI).setValue("1234567893");
        if (dea != null) {
            prescriber.addIdentifier().setSystem(FhirSystems.DEA).setValue(dea);
        }
        entry(bundle, "urn:uuid:6f1c2a52-0d4e-4c7a-9a55-7d1f7e0b1002", prescriber, "Practitioner");

        int n = 0;
        for (Medicine medicine : medicines) {
            MedicationRequest request = new MedicationRequest();
            request.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
            request.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
            request.setMedication(new CodeableConcept()
                    .addCoding(new Coding(medicine.system(), medicine.code(), null))
                    .setText("as coded"));
            request.setSubject(new Reference("urn:uuid:6f1c2a52-0d4e-4c7a-9a55-7d1f7e0b1001"));
            request.setRequester(new Reference("urn:uuid:6f1c2a52-0d4e-4c7a-9a55-7d1f7e0b1002"));
            request.setAuthoredOnElement(new DateTimeType(written));
            request.addDosageInstruction().setText("One tablet by mouth each morning");
            request.getDispenseRequest()
                    .setNumberOfRepeatsAllowed(medicine.refills())
                    .setQuantity(new Quantity().setValue(medicine.quantity()))
                    .setExpectedSupplyDuration((Duration) new Duration()
                            .setValue(medicine.days())
                            .setUnit("days")
                            .setSystem(FhirSystems.UCUM)
                            .setCode("d"));
            entry(
                    bundle,
                    "urn:uuid:6f1c2a52-0d4e-4c7a-9a55-7d1f7e0b2" + String.format("%03d", n++),
                    request,
                    "MedicationRequest");
        }
        return bundle;
    }

    /** The Bundle as JSON. */
    public static String json(Bundle bundle) {
        return FhirContext.forR4Cached().newJsonParser().encodeResourceToString(bundle);
    }

    private static void entry(Bundle bundle, String fullUrl, org.hl7.fhir.r4.model.Resource resource, String type) {
        bundle.addEntry()
                .setFullUrl(fullUrl)
                .setResource(resource)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl(type);
    }
}
