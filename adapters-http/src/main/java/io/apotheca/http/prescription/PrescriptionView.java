package io.apotheca.http.prescription;

import io.apotheca.application.prescription.port.in.PrescriptionsUseCase.ItemUse;
import io.apotheca.application.prescription.port.in.PrescriptionsUseCase.OnFile;
import io.apotheca.domain.prescription.Prescription;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A prescription as the API shows it; the document itself only through its own endpoint. */
record PrescriptionView(
        String id,
        String status,
        String orderId,
        String customerId,
        DocumentView document,
        Instant uploadedAt,
        String claimedBy,
        Instant claimExpiresAt,
        String reviewedBy,
        Instant reviewedAt,
        String notes,
        String rejectionReason,
        LocalDate validUntil,
        Instant expiredAt,
        Instant exhaustedAt,
        TranscriptionView transcription,
        Instant reviewDeadline,
        ElectronicView electronic) {

    record DocumentView(String contentType, long size) {}

    /** Where a prescription a prescriber's system sent came from. */
    record ElectronicView(String sentBy, String identifierSystem, String identifierValue) {}

    /** A prescription as a review step answers it: what was transcribed, without its use. */
    static PrescriptionView of(Prescription prescription) {
        return of(prescription, List.of(), null);
    }

    /** A prescription as it is read: its items with what they served and may still serve. */
    static PrescriptionView of(OnFile onFile) {
        return of(onFile.prescription(), onFile.items(), onFile.reviewDeadline().orElse(null));
    }

    private static PrescriptionView of(Prescription prescription, List<ItemUse> uses, Instant reviewDeadline) {
        Prescription.Submission s = prescription.submission();
        Optional<Prescription.Lease> lease =
                prescription instanceof Prescription.PendingReview p ? p.lease() : Optional.empty();
        Optional<Prescription.Review> review = prescription.decision();
        return new PrescriptionView(
                prescription.id().toString(),
                prescription.status().name(),
                s.orderId().map(Object::toString).orElse(null),
                s.customer().toString(),
                new DocumentView(s.document().type().mediaType(), s.document().size()),
                s.uploadedAt(),
                lease.map(l -> l.pharmacist().toString()).orElse(null),
                lease.map(Prescription.Lease::until).orElse(null),
                review.map(r -> r.reviewer().toString()).orElse(null),
                review.map(Prescription.Review::reviewedAt).orElse(null),
                prescription instanceof Prescription.Rejected
                        ? null
                        : review.map(Prescription.Review::remark).orElse(null),
                prescription instanceof Prescription.Rejected r ? r.review().remark() : null,
                prescription.lastValidDay().orElse(null),
                prescription instanceof Prescription.Expired e ? e.expiredAt() : null,
                prescription instanceof Prescription.Exhausted x ? x.exhaustedAt() : null,
                prescription
                        .transcribed()
                        // an electronic prescription shows what its message says while it waits
                        .or(() ->
                                prescription instanceof Prescription.PendingReview p ? p.proposed() : Optional.empty())
                        .map(t -> TranscriptionView.of(t, uses))
                        .orElse(null),
                reviewDeadline,
                s.electronic()
                        .map(e -> new ElectronicView(e.client().toString(), e.identifierSystem(), e.identifierValue()))
                        .orElse(null));
    }
}
