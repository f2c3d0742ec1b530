package io.apotheca.persistence.identity;

import io.apotheca.application.identity.port.out.PharmacistLicences;
import io.apotheca.domain.identity.LicenceNumber;
import io.apotheca.domain.identity.LicenceStatus;
import io.apotheca.domain.identity.PharmacistLicence;
import io.apotheca.domain.identity.PharmacistLicence.Decision;
import io.apotheca.domain.identity.PharmacistLicence.PendingVerification;
import io.apotheca.domain.identity.PharmacistLicence.Rejected;
import io.apotheca.domain.identity.PharmacistLicence.Suspended;
import io.apotheca.domain.identity.PharmacistLicence.Verified;
import io.apotheca.domain.identity.UserId;
import io.apotheca.persistence.JdbiContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/** Licences in {@code pharmacist_licences}, one row per pharmacist; one state column, one decision. */
public final class JdbiPharmacistLicences implements PharmacistLicences {

    private static final String COLUMNS =
            "pharmacist_id, license_number, license_jurisdiction, status, registered_at, decided_by, decided_at, reason";

    private final JdbiContext db;

    public JdbiPharmacistLicences(JdbiContext db) {
        this.db = db;
    }

    @Override
    public Optional<PharmacistLicence> of(UserId pharmacist) {
        return db.with(h -> h.createQuery("SELECT " + COLUMNS + " FROM pharmacist_licences WHERE pharmacist_id = :id")
                .bind("id", pharmacist.value())
                .map(JdbiPharmacistLicences::map)
                .findOne());
    }

    @Override
    public Optional<PharmacistLicence> lock(UserId pharmacist) {
        return db.with(h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM pharmacist_licences WHERE pharmacist_id = :id FOR UPDATE")
                .bind("id", pharmacist.value())
                .map(JdbiPharmacistLicences::map)
                .findOne());
    }

    @Override
    public boolean add(PendingVerification licence) {
        return db.with(h -> h.createUpdate("""
                                INSERT INTO pharmacist_licences
                                    (pharmacist_id, license_number, license_jurisdiction, status, registered_at)
                                VALUES (:id, :number, :jurisdiction, 'PENDING_VERIFICATION', :at)
                                ON CONFLICT DO NOTHING""")
                        .bind("id", licence.pharmacistId().value())
                        .bind("number", licence.licence().number())
                        .bind("jurisdiction", licence.licence().jurisdiction())
                        .bind("at", licence.registeredAt().atOffset(ZoneOffset.UTC))
                        .execute())
                == 1;
    }

    @Override
    public void update(PharmacistLicence licence) {
        Decision decision = decisionOf(licence).orElseThrow(() -> new IllegalArgumentException("no decision to store"));
        db.with(h -> h.createUpdate("""
                        UPDATE pharmacist_licences
                        SET status = :status, decided_by = :by, decided_at = :at, reason = :reason
                        WHERE pharmacist_id = :id""")
                .bind("id", licence.pharmacistId().value())
                .bind("status", licence.status().name())
                .bind("by", decision.decidedBy().value())
                .bind("at", decision.decidedAt().atOffset(ZoneOffset.UTC))
                .bind("reason", decision.reason())
                .execute());
    }

    @Override
    public List<PharmacistLicence> list(Optional<LicenceStatus> status, Optional<UUID> after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM pharmacist_licences WHERE true");
        status.ifPresent(s -> sql.append(" AND status = :status"));
        after.ifPresent(a -> sql.append(" AND pharmacist_id > :after"));
        sql.append(" ORDER BY pharmacist_id LIMIT :limit");
        return db.with(h -> {
            Query query = h.createQuery(sql.toString()).bind("limit", limit);
            status.ifPresent(s -> query.bind("status", s.name()));
            after.ifPresent(a -> query.bind("after", a));
            return query.map(JdbiPharmacistLicences::map).list();
        });
    }

    private static Optional<Decision> decisionOf(PharmacistLicence licence) {
        if (licence instanceof Verified v) {
            return Optional.of(v.decision());
        }
        if (licence instanceof Rejected r) {
            return Optional.of(r.decision());
        }
        if (licence instanceof Suspended s) {
            return Optional.of(s.decision());
        }
        return Optional.empty();
    }

    private static PharmacistLicence map(ResultSet row, StatementContext ctx) throws SQLException {
        UserId id = new UserId(row.getObject("pharmacist_id", UUID.class));
        LicenceNumber number =
                new LicenceNumber(row.getString("license_number"), row.getString("license_jurisdiction"));
        LicenceStatus status = LicenceStatus.valueOf(row.getString("status"));
        if (status == LicenceStatus.PENDING_VERIFICATION) {
            return new PendingVerification(id, number, JdbiUsers.instant(row, "registered_at"));
        }
        Decision decision = new Decision(
                new UserId(row.getObject("decided_by", UUID.class)),
                JdbiUsers.instant(row, "decided_at"),
                row.getString("reason"));
        return switch (status) {
            case VERIFIED -> new Verified(id, number, decision);
            case REJECTED -> new Rejected(id, number, decision);
            case SUSPENDED -> new Suspended(id, number, decision);
            case PENDING_VERIFICATION -> throw new IllegalStateException("handled above");
        };
    }
}
