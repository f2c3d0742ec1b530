package io.apotheca.application.prescription;

import io.apotheca.application.prescription.port.in.ExpirePrescriptionsUseCase;
import io.apotheca.application.prescription.port.in.PrescriptionsUseCase;
import io.apotheca.application.prescription.port.in.ReceivePrescriptionsUseCase;
import io.apotheca.application.prescription.port.in.ReviewPrescriptionsUseCase;
import io.apotheca.application.prescription.port.in.SweepDocumentsUseCase;

/** Builds the prescription use cases; the composition root calls this. */
public final class PrescriptionUseCases {

    private PrescriptionUseCases() {}

    public static PrescriptionsUseCase prescriptions(PrescriptionPorts ports) {
        return new PrescriptionService(ports);
    }

    public static ReceivePrescriptionsUseCase receive(PrescriptionPorts ports) {
        return new ElectronicPrescriptionService(ports);
    }

    public static ReviewPrescriptionsUseCase review(PrescriptionPorts ports) {
        return new PrescriptionReviewService(ports);
    }

    public static SweepDocumentsUseCase documentSweep(PrescriptionPorts ports) {
        return new DocumentSweepService(ports);
    }

    public static ExpirePrescriptionsUseCase expiry(PrescriptionPorts ports) {
        return new PrescriptionExpiryService(ports);
    }
}
