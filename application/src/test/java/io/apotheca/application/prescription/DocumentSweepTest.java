package io.apotheca.application.prescription;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.memory.InMemoryPharmacy;
import io.apotheca.application.shared.port.out.DocumentStore.Kept;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.PrescriptionDocument;
import io.apotheca.domain.prescription.PrescriptionId;
import io.apotheca.domain.shared.DocumentType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DocumentSweepTest {

    private final InMemoryPharmacy pharmacy =
            new InMemoryPharmacy(Duration.ofDays(30), Duration.ofMinutes(30), Duration.ofDays(3));

    @Test
    void documents_no_prescription_refers_to_are_deleted_once_a_day_old_and_the_others_kept() {
        Kept referred = store("%PDF-1.7 referred");
        Kept orphan = store("%PDF-1.7 refused upload");
        pharmacy.prescriptions.add(Prescription.submit(new Prescription.Submission(
                new PrescriptionId(UUID.randomUUID()),
                Optional.empty(),
                new UserId(UUID.randomUUID()),
                new PrescriptionDocument(referred.sha256(), DocumentType.PDF, referred.size()),
                pharmacy.clock.instant())));
        var sweep = PrescriptionUseCases.documentSweep(pharmacy.prescriptionPorts);

        pharmacy.clock.advance(Duration.ofHours(23));
        assertThat(sweep.sweep()).isZero();

        pharmacy.clock.advance(Duration.ofHours(2));
        assertThat(sweep.sweep()).isEqualTo(1);
        assertThat(pharmacy.documents.open(orphan.sha256())).isEmpty();
        assertThat(pharmacy.documents.open(referred.sha256())).isPresent();
        assertThat(sweep.sweep()).isZero();
    }

    private Kept store(String text) {
        return (Kept)
                pharmacy.documents.store(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)), 10_000);
    }
}
