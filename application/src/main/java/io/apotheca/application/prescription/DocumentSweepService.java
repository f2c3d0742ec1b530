package io.apotheca.application.prescription;

import io.apotheca.application.prescription.port.in.SweepDocumentsUseCase;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Deletes documents stored more than {@link #GRACE} ago that no prescription refers to. A document
 * stored again meanwhile (a new upload of the same bytes, about to be referred to) is spared by the
 * store itself.
 */
final class DocumentSweepService implements SweepDocumentsUseCase {

    private static final int BATCH = 500;

    private final PrescriptionPorts ports;

    DocumentSweepService(PrescriptionPorts ports) {
        this.ports = ports;
    }

    @Override
    public int sweep() {
        Instant cutoff = ports.kernel().clock().instant().minus(GRACE);
        List<String> old = ports.documents().storedBefore(cutoff);
        int deleted = 0;
        for (int from = 0; from < old.size(); from += BATCH) {
            List<String> batch = old.subList(from, Math.min(old.size(), from + BATCH));
            Set<String> referred = ports.prescriptions().documentsReferred(batch);
            for (String sha256 : batch) {
                if (!referred.contains(sha256)) {
                    ports.documents().delete(sha256, cutoff);
                    deleted++;
                }
            }
        }
        return deleted;
    }
}
