package io.apotheca.persistence.prescription;

import io.apotheca.application.prescription.port.out.Prescriptions;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.Prescription.Lease;
import io.apotheca.domain.prescription.Prescription.Review;
import io.apotheca.domain.prescription.Prescription.Submission;
import io.apotheca.domain.prescription.PrescriptionDocument;
import io.apotheca.domain.prescription.PrescriptionId;
import io.apotheca.domain.prescription.PrescriptionStatus;
import io.apotheca.domain.shared.DocumentType;
import io.apotheca.persistence.JdbiContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/** Prescriptions in {@code prescriptions}, one row per upload; the state columns fill as the review goes on. */
public final class JdbiPrescriptions implements Prescriptions {

    private static final String COLUMNS = "id, order_id, customer_id, status, document_sha256, document_type, "
            + "document_size, uploaded_at, claimed_by, claim_expires_at, reviewed_by, reviewed_at, remark, "
            + "valid_until, expired_at";

    private final JdbiContext db;

    public JdbiPrescriptions(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(Prescription.PendingReview prescription) {
        Submission s = prescription.submission();
        db.with(h -> h.createUpdate("""
                        INSERT INTO prescriptions (id, order_id, customer_id, status, document_sha256, document_type,
                            document_size, uploaded_at)
                        VALUES (:id, :order, :customer, 'PENDING_REVIEW', :sha256, :type, :size, :at)""")
                .bind("id", s.id().value())
                .bind("order", s.orderId().value())
                .bind("customer", s.customer().value())
                .bind("sha256", s.document().sha256())
                .bind("type", s.document().type().name())
                .bind("size", s.document().size())
                .bind("at", at(s.uploadedAt()))
                .execute());
    }

    @Override
    public Optional<Prescription> byId(PrescriptionId id) {
        return one("SELECT " + COLUMNS + " FROM prescriptions WHERE id = :id", id);
    }

    @Override
    public Optional<Prescription> lock(PrescriptionId id) {
        return one("SELECT " + COLUMNS + " FROM prescriptions WHERE id = :id FOR UPDATE", id);
    }

    @Override
    public void update(Prescription prescription) {
        Optional<Lease> lease = prescription instanceof Prescription.PendingReview p ? p.lease() : Optional.empty();
        Optional<Review> review = prescription.decision();
        LocalDate validUntil = prescription instanceof Prescription.Approved a
                ? a.validUntil()
                : prescription instanceof Prescription.Expired e ? e.validUntil() : null;
        db.with(h -> h.createUpdate("""
                        UPDATE prescriptions
                        SET status = :status, claimed_by = :claimedBy, claim_expires_at = :claimUntil,
                            reviewed_by = :reviewedBy, reviewed_at = :reviewedAt, remark = :remark,
                            valid_until = :validUntil, expired_at = :expiredAt
                        WHERE id = :id""")
                .bind("id", prescription.id().value())
                .bind("status", prescription.status().name())
                .bind("claimedBy", lease.map(l -> l.pharmacist().value()).orElse(null))
                .bind("claimUntil", lease.map(l -> at(l.until())).orElse(null))
                .bind("reviewedBy", review.map(r -> r.reviewer().value()).orElse(null))
                .bind("reviewedAt", review.map(r -> at(r.reviewedAt())).orElse(null))
                .bind("remark", review.map(Review::remark).orElse(null))
                .bind("validUntil", validUntil)
                .bind("expiredAt", prescription instanceof Prescription.Expired e ? at(e.expiredAt()) : null)
                .execute());
    }

    @Override
    public List<Prescription> ofOrder(OrderId order) {
        return db.with(
                h -> h.createQuery("SELECT " + COLUMNS + " FROM prescriptions WHERE order_id = :order ORDER BY id")
                        .bind("order", order.value())
                        .map(JdbiPrescriptions::map)
                        .list());
    }

    /** The lock is a transaction-scoped advisory lock on the patient's id: no row stands for "the next upload". */
    @Override
    public int lockPendingOf(UserId patient) {
        return db.with(h -> {
            h.createQuery("SELECT pg_advisory_xact_lock(hashtextextended('uploads:' || :patient, 0))")
                    .bind("patient", patient.value().toString())
                    .mapTo(String.class) // void, read as text
                    .one();
            return h.createQuery("SELECT count(*)::int FROM prescriptions"
                            + " WHERE customer_id = :patient AND status = 'PENDING_REVIEW'")
                    .bind("patient", patient.value())
                    .mapTo(Integer.class)
                    .one();
        });
    }

    @Override
    public List<Prescription> list(
            Optional<UserId> customer, Optional<PrescriptionStatus> status, Optional<PrescriptionId> after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM prescriptions WHERE true");
        customer.ifPresent(c -> sql.append(" AND customer_id = :customer"));
        status.ifPresent(s -> sql.append(" AND status = :status"));
        after.ifPresent(a -> sql.append(" AND id > :after"));
        sql.append(" ORDER BY id LIMIT :limit");
        return db.with(h -> {
            Query query = h.createQuery(sql.toString()).bind("limit", limit);
            customer.ifPresent(c -> query.bind("customer", c.value()));
            status.ifPresent(s -> query.bind("status", s.name()));
            after.ifPresent(a -> query.bind("after", a.value()));
            return query.map(JdbiPrescriptions::map).list();
        });
    }

    @Override
    public List<PrescriptionId> approvedLapsedBefore(LocalDate today, int limit) {
        return db.with(h -> h.createQuery("SELECT id FROM prescriptions WHERE status = 'APPROVED'"
                        + " AND valid_until < :today ORDER BY valid_until, id LIMIT :limit")
                .bind("today", today)
                .bind("limit", limit)
                .map((rs, ctx) -> new PrescriptionId(rs.getObject("id", UUID.class)))
                .list());
    }

    private Optional<Prescription> one(String sql, PrescriptionId id) {
        return db.with(h -> h.createQuery(sql)
                .bind("id", id.value())
                .map(JdbiPrescriptions::map)
                .findOne());
    }

    private static Prescription map(ResultSet rs, StatementContext ctx) throws SQLException {
        Submission submission = new Submission(
                new PrescriptionId(rs.getObject("id", UUID.class)),
                new OrderId(rs.getObject("order_id", UUID.class)),
                new UserId(rs.getObject("customer_id", UUID.class)),
                new PrescriptionDocument(
                        rs.getString("document_sha256"),
                        DocumentType.valueOf(rs.getString("document_type")),
                        rs.getLong("document_size")),
                instant(rs, "uploaded_at"));
        PrescriptionStatus status = PrescriptionStatus.valueOf(rs.getString("status"));
        if (status == PrescriptionStatus.PENDING_REVIEW) {
            UUID claimedBy = rs.getObject("claimed_by", UUID.class);
            return new Prescription.PendingReview(
                    submission,
                    claimedBy == null
                            ? Optional.empty()
                            : Optional.of(new Lease(new UserId(claimedBy), instant(rs, "claim_expires_at"))));
        }
        Review review = new Review(
                new UserId(rs.getObject("reviewed_by", UUID.class)),
                instant(rs, "reviewed_at"),
                rs.getString("remark"));
        LocalDate validUntil = rs.getObject("valid_until", LocalDate.class);
        return switch (status) {
            case APPROVED -> new Prescription.Approved(submission, review, validUntil);
            case REJECTED -> new Prescription.Rejected(submission, review);
            case EXPIRED -> new Prescription.Expired(submission, review, validUntil, instant(rs, "expired_at"));
            case PENDING_REVIEW -> throw new IllegalStateException("handled above");
        };
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
