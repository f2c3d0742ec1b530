package io.apotheca.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.application.prescription.port.in.ReceivePrescriptionsUseCase.Code;
import io.apotheca.application.prescription.port.in.ReceivePrescriptionsUseCase.ElectronicPrescription;
import io.apotheca.domain.catalog.ProductCode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

/** A transaction Bundle read as an electronic prescription, and what cannot be read refused. */
class PrescriptionMessagesTest {

    private static final String PATIENT = "0190d0a0-0000-7000-8000-000000000002";

    @Test
    void a_sample_message_is_valid_r4_and_reads_as_the_prescriber_wrote_it() {
        Bundle bundle = sample();
        String json = SampleMessages.json(bundle);
        assertThat(FhirValidation.errors(json)).isEmpty();

        ElectronicPrescription read = PrescriptionMessages.read(json.getBytes(StandardCharsets.UTF_8));

        assertThat(read.identifierSystem()).isEqualTo("https://ehr.example/messages");
        assertThat(read.identifierValue()).isEqualTo("msg-1");
        assertThat(read.patientNumber()).isEqualTo(PATIENT);
        assertThat(read.patientEmails()).containsExactly("jo@example.test");
        assertThat(read.prescriberName()).isEqualTo("Jane Brown");
        assertThat(read.registrationNumber()).isEqualTo("1234567893");
        assertThat(read.deaNumber()).isEqualTo("AB1234563");
        assertThat(read.written()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(read.items()).singleElement().satisfies(item -> {
            assertThat(item.codes()).containsExactly(new Code(ProductCode.RXNORM, "617312"));
            assertThat(item.quantity()).isEqualTo(8);
            assertThat(item.daysSupply()).isEqualTo(7);
            assertThat(item.refills()).isEqualTo(2);
            assertThat(item.directions()).isEqualTo("One tablet by mouth each morning");
        });
    }

    @Test
    void what_is_not_a_readable_transaction_is_refused_naming_what_is_wrong() {
        assertRefused("{\"resourceType\":\"Patient\",\"bogus\":1}", "Not a valid FHIR R4 resource");
        assertRefused("{\"resourceType\":\"Patient\"}", "not a Patient");
        Bundle noIdentifier = sample();
        noIdentifier.setIdentifier(null);
        assertRefused(SampleMessages.json(noIdentifier), "Bundle.identifier");
        Bundle draft = sample();
        ((MedicationRequest) draft.getEntry().get(2).getResource())
                .setStatus(MedicationRequest.MedicationRequestStatus.DRAFT);
        assertRefused(SampleMessages.json(draft), "active");
        Bundle dangling = sample();
        ((MedicationRequest) dangling.getEntry().get(2).getResource())
                .getSubject()
                .setReference("Patient/elsewhere");
        assertRefused(SampleMessages.json(dangling), "MedicationRequest.subject");
    }

    @Test
    void elements_without_values_read_as_missing_never_as_a_failure() {
        Bundle bundle = sample();
        Patient patient = (Patient) bundle.getEntry().get(0).getResource();
        patient.getIdentifierFirstRep()
                .setValue(null)
                .addExtension("http://example.org/why", new StringType("unknown"));
        Practitioner prescriber = (Practitioner) bundle.getEntry().get(1).getResource();
        prescriber.getIdentifier().add(0, new Identifier().setSystem("http://example.org/licence"));
        MedicationRequest request = (MedicationRequest) bundle.getEntry().get(2).getResource();
        request.setAuthoredOnElement(new DateTimeType());
        request.getAuthoredOnElement().addExtension("http://example.org/why", new StringType("unknown"));

        ElectronicPrescription read =
                PrescriptionMessages.read(SampleMessages.json(bundle).getBytes(StandardCharsets.UTF_8));

        assertThat(read.patientNumber()).isNull();
        assertThat(read.registrationNumber()).isEqualTo("1234567893");
        assertThat(read.written()).isNull();
    }

    @Test
    void a_supply_in_weeks_is_counted_in_days_and_one_beyond_counting_is_refused() {
        Bundle weeks = sample();
        MedicationRequest request = (MedicationRequest) weeks.getEntry().get(2).getResource();
        request.getDispenseRequest().getExpectedSupplyDuration().setValue(4).setCode("wk");
        assertThat(PrescriptionMessages.read(SampleMessages.json(weeks).getBytes(StandardCharsets.UTF_8))
                        .items()
                        .get(0)
                        .daysSupply())
                .isEqualTo(28);
        request.getDispenseRequest().getExpectedSupplyDuration().setValue(613_566_757);
        assertRefused(SampleMessages.json(weeks), "is not a supply");
        request.getDispenseRequest().getExpectedSupplyDuration().setValue(1).setCode("mo");
        assertRefused(SampleMessages.json(weeks), "days (d) or weeks (wk)");
    }

    private static void assertRefused(String json, String saying) {
        assertThatThrownBy(() -> PrescriptionMessages.read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnprocessableMessage.class)
                .hasMessageContaining(saying);
    }

    private static Bundle sample() {
        return SampleMessages.prescription(
                "msg-1",
                PATIENT,
                "jo@example.test",
                "2026-11-30",
                "AB1234563",
                List.of(new SampleMessages.Medicine(ProductCode.RXNORM, "617312", 8, 7, 2)));
    }
}
