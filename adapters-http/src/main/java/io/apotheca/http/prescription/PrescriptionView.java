package io.apotheca.http.prescription;

import io.apotheca.domain.prescription.Prescription;
import java.time.Instant;
import java.time.LocalDate;
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
        Instant expiredAt) {

    record DocumentView(String contentType, long size) {}

    static PrescriptionView of(Prescription prescription) {
        Prescription.Submission s = prescription.submission();
        Optional<Prescription.Lease> lease =
                prescription instanceof Prescription.PendingReview p ? p.lease() : Optional.empty();
        Optional<Prescription.Review> review = prescription.decision();
        return new PrescriptionView(
                prescription.id().toString(),
                prescription.status().name(),
                s.orderId().toString(),
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
                prescription instanceof Prescription.Approved a
                        ? a.validUntil()
                        : prescription instanceof Prescription.Expired e ? e.validUntil() : null,
                prescription instanceof Prescription.Expired e ? e.expiredAt() : null);
    }
}
