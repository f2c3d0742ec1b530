package io.apotheca.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import io.apotheca.application.prescription.port.in.ReceivePrescriptionsUseCase.Code;
import io.apotheca.application.prescription.port.in.ReceivePrescriptionsUseCase.ElectronicPrescription;
import io.apotheca.application.prescription.port.in.ReceivePrescriptionsUseCase.SentItem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads an electronic prescription from a FHIR R4 transaction Bundle: its identifier (required: a
 * message is kept once by it), one to twenty active MedicationRequests (intent {@code order}) for
 * one patient from one prescriber, the Patient (its Apotheca patient number and e-mail addresses),
 * the Practitioner (name, NPI or other registration, DEA number) and, for each request, the
 * medicine's codes, the quantity per fill, the days' supply ({@code expectedSupplyDuration} in days
 * or weeks), the refills ({@code numberOfRepeatsAllowed}) and the directions
 * ({@code dosageInstruction.text}). References are resolved against the entries' full URLs (or
 * {@code Type/id}) and contained resources. What it cannot read it refuses, naming the element.
 */
final class PrescriptionMessages {

    private PrescriptionMessages() {}

    static ElectronicPrescription read(byte[] body) {
        Resource parsed;
        try {
            parsed = (Resource) FhirJson.strictParser().parseResource(new String(body, StandardCharsets.UTF_8));
        } catch (DataFormatException e) {
            throw new UnprocessableMessage("invalid_resource", "Not a valid FHIR R4 resource: " + e.getMessage());
        }
        if (!(parsed instanceof Bundle bundle)) {
            throw new UnprocessableMessage(
                    "invalid_resource", "A prescription is sent as a Bundle, not a " + parsed.fhirType() + ".");
        }
        if (bundle.getType() != Bundle.BundleType.TRANSACTION) {
            throw new UnprocessableMessage("invalid_resource", "Bundle.type must be transaction.");
        }
        Identifier identifier = bundle.getIdentifier();
        if (!identifier.hasSystem() || !identifier.hasValue()) {
            throw new UnprocessableMessage(
                    "invalid_resource",
                    "Bundle.identifier (system and value) is required: a message is kept once by it.");
        }
        Entries entries = new Entries(bundle);
        List<MedicationRequest> requests = entries.all(MedicationRequest.class);
        if (requests.isEmpty() || requests.size() > 20) {
            throw new UnprocessableMessage("invalid_resource", "The Bundle must hold 1 to 20 MedicationRequests.");
        }
        MedicationRequest first = requests.get(0);
        Patient patient = entries.resolve(first.getSubject(), Patient.class, "MedicationRequest.subject");
        Practitioner prescriber =
                entries.resolve(first.getRequester(), Practitioner.class, "MedicationRequest.requester");
        List<SentItem> items = new ArrayList<>();
        for (MedicationRequest request : requests) {
            if (entries.resolve(request.getSubject(), Patient.class, "MedicationRequest.subject") != patient
                    || entries.resolve(request.getRequester(), Practitioner.class, "MedicationRequest.requester")
                            != prescriber) {
                throw new UnprocessableMessage(
                        "invalid_resource",
                        "Every MedicationRequest of one message names the same patient and prescriber.");
            }
            items.add(item(request, entries));
        }
        return new ElectronicPrescription(
                identifier.getSystem(),
                identifier.getValue(),
                patient.getIdentifier().stream()
                        .filter(i -> FhirSystems.PATIENT_NUMBER.equals(i.getSystem()) && i.hasValue())
                        .map(Identifier::getValue)
                        .findFirst()
                        .orElse(null),
                patient.getTelecom().stream()
                        .filter(t -> t.getSystem() == ContactPoint.ContactPointSystem.EMAIL && t.hasValue())
                        .map(ContactPoint::getValue)
                        .toList(),
                name(prescriber),
                registration(prescriber),
                prescriber.getIdentifier().stream()
                        .filter(i -> FhirSystems.DEA.equals(i.getSystem()) && i.hasValue())
                        .map(Identifier::getValue)
                        .findFirst()
                        .orElse(null),
                written(first),
                items,
                body);
    }

    /** The prescriber's NPI if given, else their first other identifier with a value (a licence). */
    private static String registration(Practitioner prescriber) {
        List<Identifier> identifiers = prescriber.getIdentifier().stream()
                .filter(i -> i.hasValue() && !FhirSystems.DEA.equals(i.getSystem()))
                .toList();
        return identifiers.stream()
                .filter(i -> FhirSystems.NPI.equals(i.getSystem()))
                .findFirst()
                .or(() -> identifiers.stream().findFirst())
                .map(Identifier::getValue)
                .orElse(null);
    }

    private static SentItem item(MedicationRequest request, Entries entries) {
        if (request.getStatus() != MedicationRequest.MedicationRequestStatus.ACTIVE
                || request.getIntent() != MedicationRequest.MedicationRequestIntent.ORDER) {
            throw new UnprocessableMessage(
                    "invalid_resource", "A MedicationRequest sent to be dispensed is active, with intent order.");
        }
        CodeableConcept medicine = request.hasMedicationReference()
                ? entries.resolve(request.getMedicationReference(), Medication.class, "MedicationRequest.medication")
                        .getCode()
                : request.getMedicationCodeableConcept();
        MedicationRequest.MedicationRequestDispenseRequestComponent dispense = request.getDispenseRequest();
        return new SentItem(
                medicine.getCoding().stream()
                        .map(c -> new Code(c.getSystem(), c.getCode()))
                        .toList(),
                whole(dispense.getQuantity().getValue()),
                request.getDosageInstruction().stream()
                        .map(Dosage::getText)
                        .filter(t -> t != null && !t.isBlank())
                        .collect(Collectors.collectingAndThen(Collectors.joining(" "), t -> t.isEmpty() ? null : t)),
                days(dispense),
                dispense.hasNumberOfRepeatsAllowed() ? dispense.getNumberOfRepeatsAllowed() : 0);
    }

    private static Integer days(MedicationRequest.MedicationRequestDispenseRequestComponent dispense) {
        if (!dispense.hasExpectedSupplyDuration()) {
            return null;
        }
        org.hl7.fhir.r4.model.Duration duration = dispense.getExpectedSupplyDuration();
        Integer value = whole(duration.getValue());
        String unit = Optional.ofNullable(duration.getCode()).orElse("");
        return switch (unit) {
            case "d" -> value;
            case "wk" -> value == null ? null : weeks(value);
            default ->
                throw new UnprocessableMessage(
                        "invalid_resource",
                        "dispenseRequest.expectedSupplyDuration is given in UCUM days (d) or weeks (wk).");
        };
    }

    private static int weeks(int weeks) {
        try {
            return Math.multiplyExact(weeks, 7);
        } catch (ArithmeticException tooLong) {
            throw new UnprocessableMessage(
                    "invalid_resource", "An expected supply of " + weeks + " weeks is not a supply.");
        }
    }

    private static Integer whole(BigDecimal value) {
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException notWhole) {
            throw new UnprocessableMessage(
                    "invalid_resource", "A quantity of whole units is expected, not " + value + ".");
        }
    }

    private static LocalDate written(MedicationRequest request) {
        // the day as the prescriber wrote it, in their own time zone; a month or a year names no day
        String text = request.getAuthoredOnElement().getValueAsString();
        return text != null && text.length() >= 10 ? LocalDate.parse(text.substring(0, 10)) : null;
    }

    private static String name(Practitioner practitioner) {
        return practitioner.getName().stream()
                .findFirst()
                .map(n -> n.hasText()
                        ? n.getText()
                        : String.join(" ", n.getGivenAsSingleString(), n.getFamily() == null ? "" : n.getFamily())
                                .trim())
                .filter(n -> !n.isBlank())
                .orElse(null);
    }

    /** The Bundle's entries, found by full URL or {@code Type/id}, and contained resources. */
    private static final class Entries {

        private final Map<String, Resource> byUrl = new HashMap<>();
        private final List<Resource> resources = new ArrayList<>();

        Entries(Bundle bundle) {
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                Resource resource = entry.getResource();
                if (resource == null) {
                    continue;
                }
                resources.add(resource);
                if (entry.hasFullUrl()) {
                    byUrl.put(entry.getFullUrl(), resource);
                }
                if (resource.getIdElement().hasIdPart()) {
                    byUrl.putIfAbsent(
                            resource.fhirType() + "/" + resource.getIdElement().getIdPart(), resource);
                }
            }
        }

        <T extends Resource> List<T> all(Class<T> type) {
            return resources.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T extends Resource> T resolve(Reference reference, Class<T> type, String element) {
            Object target = reference.getResource();
            if (target == null && reference.hasReference()) {
                String ref = reference.getReference();
                target = byUrl.get(ref);
                if (target == null) {
                    target = byUrl.entrySet().stream()
                            .filter(e -> e.getKey().endsWith("/" + ref))
                            .map(Map.Entry::getValue)
                            .findFirst()
                            .orElse(null);
                }
            }
            if (!type.isInstance(target)) {
                throw new UnprocessableMessage(
                        "invalid_resource", element + " must refer to a " + type.getSimpleName() + " in the Bundle.");
            }
            return type.cast(target);
        }
    }
}
