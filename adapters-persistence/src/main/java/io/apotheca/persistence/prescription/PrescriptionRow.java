package io.apotheca.persistence.prescription;

import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.prescription.DeaNumber;
import io.apotheca.domain.prescription.ElectronicSource;
import io.apotheca.domain.prescription.PrescribedItem;
import io.apotheca.domain.prescription.Prescriber;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.Prescription.Lease;
import io.apotheca.domain.prescription.Prescription.Review;
import io.apotheca.domain.prescription.Prescription.Submission;
import io.apotheca.domain.prescription.PrescriptionDocument;
import io.apotheca.domain.prescription.PrescriptionId;
import io.apotheca.domain.prescription.PrescriptionStatus;
import io.apotheca.domain.prescription.Transcription;
import io.apotheca.domain.shared.DocumentType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * One row of {@code prescriptions} as read, before its transcription's items (kept in rows of their
 * own) are added to make the prescription.
 */
record PrescriptionRow(
        Submission submission,
        PrescriptionStatus status,
        Optional<Lease> lease,
        Optional<Review> review,
        LocalDate validUntil,
        Instant expiredAt,
        Instant exhaustedAt,
        Optional<Prescriber> prescriber,
        LocalDate written) {

    UUID id() {
        return submission.id().value();
    }

    boolean transcribed() {
        return written != null;
    }

    static PrescriptionRow read(ResultSet rs, StatementContext ctx) throws SQLException {
        UUID sentBy = rs.getObject("sent_by", UUID.class);
        Optional<ElectronicSource> electronic = sentBy == null
                ? Optional.empty()
                : Optional.of(
                        new ElectronicSource(sentBy, rs.getString("message_system"), rs.getString("message_value")));
        Submission submission = new Submission(
                new PrescriptionId(rs.getObject("id", UUID.class)),
                Optional.ofNullable(rs.getObject("order_id", UUID.class)).map(OrderId::new),
                new UserId(rs.getObject("customer_id", UUID.class)),
                new PrescriptionDocument(
                        rs.getString("document_sha256"),
                        DocumentType.valueOf(rs.getString("document_type")),
                        rs.getLong("document_size")),
                instant(rs, "uploaded_at"),
                electronic);
        UUID claimedBy = rs.getObject("claimed_by", UUID.class);
        UUID reviewedBy = rs.getObject("reviewed_by", UUID.class);
        String prescriber = rs.getString("prescriber_name");
        return new PrescriptionRow(
                submission,
                PrescriptionStatus.valueOf(rs.getString("status")),
                claimedBy == null
                        ? Optional.empty()
                        : Optional.of(new Lease(new UserId(claimedBy), instant(rs, "claim_expires_at"))),
                reviewedBy == null
                        ? Optional.empty()
                        : Optional.of(
                                new Review(new UserId(reviewedBy), instant(rs, "reviewed_at"), rs.getString("remark"))),
                rs.getObject("valid_until", LocalDate.class),
                instant(rs, "expired_at"),
                instant(rs, "exhausted_at"),
                prescriber == null
                        ? Optional.empty()
                        : Optional.of(new Prescriber(
                                prescriber,
                                rs.getString("prescriber_registration"),
                                Optional.ofNullable(rs.getString("prescriber_dea"))
                                        .map(DeaNumber::new))),
                rs.getObject("written_on", LocalDate.class));
    }

    /** The prescription in its state, with these items as its transcription's. */
    Prescription prescription(List<PrescribedItem> items) {
        if (status == PrescriptionStatus.PENDING_REVIEW) {
            // an electronic prescription waits with the transcription it was sent with
            return new Prescription.PendingReview(
                    submission,
                    lease,
                    transcribed() ? Optional.of(new Transcription(prescriber, written, items)) : Optional.empty());
        }
        Review decision = review.orElseThrow(
                () -> new IllegalStateException("prescription " + id() + " is " + status + " without a reviewer"));
        if (status == PrescriptionStatus.REJECTED) {
            return new Prescription.Rejected(submission, decision);
        }
        Transcription transcription = new Transcription(prescriber, written, items);
        return switch (status) {
            case APPROVED -> new Prescription.Approved(submission, decision, validUntil, transcription);
            case EXPIRED -> new Prescription.Expired(submission, decision, validUntil, transcription, expiredAt);
            case EXHAUSTED -> new Prescription.Exhausted(submission, decision, validUntil, transcription, exhaustedAt);
            case PENDING_REVIEW, REJECTED -> throw new IllegalStateException("handled above");
        };
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
