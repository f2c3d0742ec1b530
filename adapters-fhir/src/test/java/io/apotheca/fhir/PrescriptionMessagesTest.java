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
import org.hl7.fhir.r4.model.MedicationRequest;
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
