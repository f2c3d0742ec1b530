package io.apotheca.application.prescription;

import io.apotheca.application.events.EventEnvelopes;
import io.apotheca.application.events.PharmacyEvent.PrescriptionExpired;
import io.apotheca.application.prescription.port.in.ExpirePrescriptionsUseCase;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.PrescriptionId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Marks approved prescriptions past their last valid day EXPIRED, each in its own transaction. */
final class PrescriptionExpiryService implements ExpirePrescriptionsUseCase {

    private static final int BATCH = 200;

    private final PrescriptionPorts ports;

    PrescriptionExpiryService(PrescriptionPorts ports) {
        this.ports = ports;
    }

    @Override
    public int expireDue() {
        Instant now = ports.kernel().clock().instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int expired = 0;
        List<PrescriptionId> due;
        do {
            due = ports.prescriptions().approvedLapsedBefore(today, BATCH);
            for (PrescriptionId id : due) {
                expired += ports.kernel().transactions().inTransaction(() -> expire(id, now, today));
            }
        } while (due.size() == BATCH);
        return expired;
    }

    private int expire(PrescriptionId id, Instant now, LocalDate today) {
        if (ports.prescriptions().lock(id).orElseThrow() instanceof Prescription.Approved approved
                && !approved.validOn(today)) {
            Prescription.Expired expired = approved.expire(now);
            ports.prescriptions().update(expired);
            EventEnvelopes.record(ports.outbox(), ports.kernel(), new PrescriptionExpired(expired));
            return 1;
        }
        return 0;
    }
}
