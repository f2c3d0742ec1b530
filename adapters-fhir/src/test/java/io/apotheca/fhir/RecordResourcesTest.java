package io.apotheca.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.medication.port.in.MedicationRecord;
import io.apotheca.application.prescription.port.out.PrescriptionFills.FillRecord;
import io.apotheca.domain.catalog.ProductCode;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.LicenceNumber;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.inventory.LotNumber;
import io.apotheca.domain.order.DispensedLot;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.prescription.DeaNumber;
import io.apotheca.domain.prescription.PrescribedItem;
import io.apotheca.domain.prescription.Prescriber;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.PrescriptionDocument;
import io.apotheca.domain.prescription.PrescriptionId;
import io.apotheca.domain.prescription.Transcription;
import io.apotheca.domain.shared.DocumentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.UnsignedIntType;
import org.junit.jupiter.api.Test;

/**
 * A medication record mapped to FHIR R4 validates against the base specification with HAPI's
 * validator, and the validator is proven to catch a mapping that is broken.
 */
class RecordResourcesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final ProductId STATIN = new ProductId(UUID.fromString("0190d0a0-0000-7000-8000-000000000001"));
    private static final UserId PATIENT = new UserId(UUID.fromString("0190d0a0-0000-7000-8000-000000000002"));
    private static final UserId PHARMACIST = new UserId(UUID.fromString("0190d0a0-0000-7000-8000-000000000003"));
    private static final UUID ITEM = UUID.fromString("0190d0a0-0000-7000-8000-000000000004");
    private static final OrderId ORDER = new OrderId(UUID.fromString("0190d0a0-0000-7000-8000-000000000005"));

    private final MedicationRecord record = record();

    @Test
    void a_whole_record_validates_against_base_r4_as_a_searchset_bundle() {
        RecordResources resources = new RecordResources(record);
        List<Resource> all = new ArrayList<>();
        all.add(resources.patient());
        all.addAll(resources.requests());
        all.addAll(resources.dispenses());
        Bundle bundle = SearchBundles.page(
                "https://pharmacy.example/fhir/r4", "Patient/x/$everything", all, new SearchBundles.Paging(2, 2));

        String json = FhirJson.context().newJsonParser().encodeResourceToString(bundle);

        assertThat(FhirValidation.errors(json)).isEmpty();
        assertThat(bundle.getTotal()).isEqualTo(4);
        assertThat(bundle.getLink("next")).isNull();
        assertThat(bundle.getLink("previous").getUrl()).endsWith("_count=2&_offset=0");
        assertThat(FhirValidation.errors(
                        json(ServedCapabilities.of("https://pharmacy.example/fhir/r4", new java.util.Date()))))
                .isEmpty();
        assertThat(FhirValidation.errors(json(OperationOutcomes.of(422, "unknown_patient", "No such patient."))))
                .isEmpty();
    }

    @Test
    void a_request_names_the_medicine_by_its_codes_with_the_refills_left_and_a_dispense_names_its_lot() {
        RecordResources resources = new RecordResources(record);
        MedicationRequest request = resources.requests().get(0);
        assertThat(request.getIdElement().getIdPart()).isEqualTo(ITEM.toString());
        assertThat(request.getMedicationCodeableConcept().getCodingFirstRep().getCode())
                .isEqualTo("617312");
        assertThat(request.getDispenseRequest().getNumberOfRepeatsAllowed()).isEqualTo(2);
        assertThat(((UnsignedIntType) request.getDispenseRequest()
                                .getExtensionByUrl(FhirSystems.REFILLS_REMAINING)
                                .getValue())
                        .getValue())
                .as("after the first fill, both refills are left")
                .isEqualTo(2);

        List<MedicationDispense> dispenses = resources.dispenses();
        assertThat(dispenses).hasSize(2); // one fill, two lots
        Medication first =
                (Medication) dispenses.get(0).getMedicationReference().getResource();
        assertThat(first.getBatch().getLotNumber()).isEqualTo("L-1");
        assertThat(first.getBatch().getExpirationDateElement().getValueAsString())
                .isEqualTo("2027-03-31");
        assertThat(dispenses.get(0).getQuantity().getValue().intValue()).isEqualTo(2);
        assertThat(dispenses.get(0).getPerformerFirstRep().getActor().getResource())
                .isNotNull();
    }

    @Test
    void the_validator_catches_a_mapping_broken_on_purpose() {
        MedicationDispense broken = new RecordResources(record).dispenses().get(0);
        broken.setStatus(null); // MedicationDispense.status is required
        MedicationRequest noIntent = new RecordResources(record).requests().get(0);
        noIntent.setIntent(null); // and so is MedicationRequest.intent

        assertThat(FhirValidation.errors(json(broken)))
                .anySatisfy(e -> assertThat(e).contains("status"));
        assertThat(FhirValidation.errors(json(noIntent)))
                .anySatisfy(e -> assertThat(e).contains("intent"));
    }

    private static String json(Resource resource) {
        return FhirJson.context().newJsonParser().encodeResourceToString(resource);
    }

    private static MedicationRecord record() {
        PrescribedItem item =
                new PrescribedItem(ITEM, STATIN, Optional.empty(), Quantity.of(8), "One tablet each morning", 7, 2);
        Transcription transcription = new Transcription(
                Optional.of(new Prescriber("Dr Jane Brown", "1234567893", Optional.of(new DeaNumber("AB1234563")))),
                LocalDate.parse("2026-11-30"),
                List.of(item));
        Prescription.Approved approved = new Prescription.Approved(
                new Prescription.Submission(
                        new PrescriptionId(UUID.fromString("0190d0a0-0000-7000-8000-000000000006")),
                        Optional.empty(),
                        PATIENT,
                        new PrescriptionDocument("a".repeat(64), DocumentType.FHIR_JSON, 100),
                        NOW),
                new Prescription.Review(PHARMACIST, NOW, null),
                LocalDate.parse("2027-05-30"),
                transcription);
        FillRecord fill = new FillRecord(
                ITEM,
                STATIN,
                ORDER,
                Quantity.of(8),
                NOW,
                Optional.of(NOW.plusSeconds(3600)),
                Optional.of(PHARMACIST),
                List.of(
                        new DispensedLot(new LotNumber("L-1"), LocalDate.parse("2027-03-31"), 2),
                        new DispensedLot(new LotNumber("L-2"), LocalDate.parse("2027-09-30"), 6)));
        return new MedicationRecord(
                new MedicationRecord.Patient(PATIENT, "Jo Doe", Optional.of("jo@example.test"), true, NOW),
                List.of(approved),
                Map.of(approved.id(), List.of(fill)),
                Map.of(
                        STATIN,
                        new MedicationRecord.Medicine(
                                STATIN,
                                "Atorvastatin 20 mg",
                                List.of(
                                        new ProductCode(ProductCode.RXNORM, "617312"),
                                        new ProductCode(ProductCode.NDC, "0071-0155-23")))),
                Map.of(
                        PHARMACIST,
                        new MedicationRecord.Pharmacist(
                                PHARMACIST, "Pat Pharmacist", Optional.of(new LicenceNumber("RPH-1", "NY")))));
    }
}
