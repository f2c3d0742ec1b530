package io.apotheca.persistence.prescription;

import io.apotheca.application.prescription.port.out.Prescriptions;
import io.apotheca.application.prescription.port.out.Prescriptions.QueuePosition;
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
import io.apotheca.domain.prescription.PrescriptionId;
import io.apotheca.domain.prescription.PrescriptionStatus;
import io.apotheca.domain.prescription.Transcription;
import io.apotheca.persistence.JdbiContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Prescriptions in {@code prescriptions}, one row per upload; the state columns fill as the review goes on. */
public final class JdbiPrescriptions implements Prescriptions {

    private static final String COLUMNS = "id, order_id, customer_id, status, document_sha256, document_type, "
            + "document_size, uploaded_at, claimed_by, claim_expires_at, reviewed_by, reviewed_at, remark, "
            + "valid_until, expired_at, prescriber_name, prescriber_registration, prescriber_dea, written_on, "
            + "exhausted_at, sent_by, message_system, message_value";
    /**
     * Prescriptions with the end of their review: the hold of the open order each came with, or no
     * end (last) for one kept on file or whose order is closed.
     */
    private static final String WITH_DEADLINE = "SELECT p.*, COALESCE(o.hold_expires_at, 'infinity') AS deadline"
            + " FROM prescriptions p LEFT JOIN orders o ON o.id = p.order_id"
            + " AND o.status IN ('AWAITING_PRESCRIPTION', 'AWAITING_PAYMENT')";

    private final JdbiContext db;

    public JdbiPrescriptions(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(Prescription.PendingReview prescription) {
        Submission s = prescription.submission();
        Optional<ElectronicSource> source = s.electronic();
        db.with(h -> h.createUpdate("""
                        INSERT INTO prescriptions (id, order_id, customer_id, status, document_sha256, document_type,
                            document_size, uploaded_at, sent_by, message_system, message_value)
                        VALUES (:id, :order, :customer, 'PENDING_REVIEW', :sha256, :type, :size, :at, :sentBy,
                            :messageSystem, :messageValue)""")
                .bind("id", s.id().value())
                .bind("order", s.orderId().map(OrderId::value).orElse(null))
                .bind("customer", s.customer().value())
                .bind("sha256", s.document().sha256())
                .bind("type", s.document().type().name())
                .bind("size", s.document().size())
                .bind("at", at(s.uploadedAt()))
                .bind("sentBy", source.map(ElectronicSource::client).orElse(null))
                .bind(
                        "messageSystem",
                        source.map(ElectronicSource::identifierSystem).orElse(null))
                .bind(
                        "messageValue",
                        source.map(ElectronicSource::identifierValue).orElse(null))
                .execute());
        if (prescription.proposed().isPresent()) {
            update(prescription);
        }
    }

    @Override
    public Optional<Prescription> lockMessage(String identifierSystem, String identifierValue) {
        return db.with(h -> {
            h.createQuery("SELECT pg_advisory_xact_lock(hashtextextended('message:' || :system || '|' || :value, 0))")
                    .bind("system", identifierSystem)
                    .bind("value", identifierValue)
                    .mapTo(String.class) // void, read as text
                    .one();
            return withTranscriptions(
                            h,
                            h.createQuery("SELECT " + COLUMNS + " FROM prescriptions WHERE sent_by IS NOT NULL"
                                            + " AND message_system = :system AND message_value = :value")
                                    .bind("system", identifierSystem)
                                    .bind("value", identifierValue)
                                    .map(PrescriptionRow::read)
                                    .list())
                    .stream()
                    .findFirst();
        });
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
        LocalDate validUntil = prescription.lastValidDay().orElse(null);
        Optional<Transcription> transcription = prescription.currentTranscription();
        Optional<Prescriber> prescriber = transcription.flatMap(Transcription::prescriber);
        db.with(h -> {
            transcription.ifPresent(t -> TranscriptionRows.replace(h, prescription.id(), t.items()));
            return h.createUpdate("""
                        UPDATE prescriptions
                        SET status = :status, claimed_by = :claimedBy, claim_expires_at = :claimUntil,
                            reviewed_by = :reviewedBy, reviewed_at = :reviewedAt, remark = :remark,
                            valid_until = :validUntil, expired_at = :expiredAt, prescriber_name = :prescriber,
                            prescriber_registration = :registration, prescriber_dea = :dea,
                            written_on = :written, exhausted_at = :exhaustedAt
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
                    .bind("prescriber", prescriber.map(Prescriber::name).orElse(null))
                    .bind(
                            "registration",
                            prescriber.map(Prescriber::registrationNumber).orElse(null))
                    .bind(
                            "dea",
                            prescriber
                                    .flatMap(Prescriber::deaNumber)
                                    .map(DeaNumber::value)
                                    .orElse(null))
                    .bind("written", transcription.map(Transcription::written).orElse(null))
                    .bind("exhaustedAt", prescription instanceof Prescription.Exhausted x ? at(x.exhaustedAt()) : null)
                    .execute();
        });
    }

    @Override
    public List<Prescription> ofOrder(OrderId order) {
        return db.with(h -> withTranscriptions(
                h,
                h.createQuery("SELECT " + COLUMNS + " FROM prescriptions WHERE order_id = :order ORDER BY id")
                        .bind("order", order.value())
                        .map(PrescriptionRow::read)
                        .list()));
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
            return withTranscriptions(h, query.map(PrescriptionRow::read).list());
        });
    }

    @Override
    public List<Prescription> queue(Optional<UserId> customer, Optional<QueuePosition> after, int limit) {
        StringBuilder sql = new StringBuilder(
                "SELECT " + COLUMNS + " FROM (" + WITH_DEADLINE + ") q WHERE status = 'PENDING_REVIEW'");
        customer.ifPresent(c -> sql.append(" AND customer_id = :customer"));
        after.ifPresent(a ->
                sql.append(" AND (deadline, id) > (COALESCE(CAST(:deadline AS timestamptz), 'infinity'), :after)"));
        sql.append(" ORDER BY deadline, id LIMIT :limit");
        return db.with(h -> {
            Query query = h.createQuery(sql.toString()).bind("limit", limit);
            customer.ifPresent(c -> query.bind("customer", c.value()));
            after.ifPresent(a -> query.bind("after", a.id().value())
                    .bind(
                            "deadline",
                            a.deadline().map(d -> d.atOffset(ZoneOffset.UTC)).orElse(null)));
            return withTranscriptions(h, query.map(PrescriptionRow::read).list());
        });
    }

    @Override
    public Set<String> documentsReferred(List<String> sha256s) {
        if (sha256s.isEmpty()) {
            return Set.of();
        }
        return db.with(h -> Set.copyOf(h.createQuery(
                        "SELECT DISTINCT document_sha256 FROM prescriptions WHERE document_sha256 = ANY(:documents)")
                .bindArray("documents", String.class, sha256s)
                .mapTo(String.class)
                .list()));
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
        return db.with(h ->
                withTranscriptions(
                                h,
                                h.createQuery(sql)
                                        .bind("id", id.value())
                                        .map(PrescriptionRow::read)
                                        .list())
                        .stream()
                        .findFirst());
    }

    /** The prescriptions of these rows, each with its transcription's items, read in one more statement. */
    static List<Prescription> withTranscriptions(Handle h, List<PrescriptionRow> rows) {
        List<UUID> transcribed = rows.stream()
                .filter(PrescriptionRow::transcribed)
                .map(PrescriptionRow::id)
                .toList();
        Map<UUID, List<PrescribedItem>> items = TranscriptionRows.of(h, transcribed);
        return rows.stream()
                .map(row -> row.prescription(items.getOrDefault(row.id(), List.of())))
                .toList();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
