package io.apotheca.persistence.operations;

import io.apotheca.application.operations.port.out.BusinessFigures;
import io.apotheca.persistence.JdbiContext;
import java.time.Instant;
import java.time.ZoneOffset;

/** Every figure in one statement, so that a scrape costs one round trip. */
public final class JdbiBusinessFigures implements BusinessFigures {

    private final JdbiContext db;

    public JdbiBusinessFigures(JdbiContext db) {
        this.db = db;
    }

    @Override
    public Figures read(Instant now) {
        return db.with(h -> h.createQuery("""
                        SELECT (SELECT count(*) FROM orders) AS placed,
                               (SELECT count(*) FROM orders WHERE cancellation_reason = 'expired') AS expired,
                               (SELECT count(*) FROM prescriptions WHERE status = 'PENDING_REVIEW') AS waiting,
                               (SELECT COALESCE(EXTRACT(EPOCH FROM (:now - min(uploaded_at))), 0)
                                  FROM prescriptions WHERE status = 'PENDING_REVIEW') AS oldest,
                               (SELECT count(*) FROM provider_events WHERE processed_at IS NOT NULL) AS processed,
                               (SELECT count(*) FROM provider_events
                                 WHERE processed_at IS NULL AND last_error IS NOT NULL) AS failing,
                               (SELECT count(*) FROM refunds WHERE status = 'SUCCEEDED') AS refunded,
                               (SELECT count(*) FROM refunds WHERE status = 'FAILED') AS refusals""")
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .map((row, ctx) -> new Figures(
                        row.getLong("placed"),
                        row.getLong("expired"),
                        row.getLong("waiting"),
                        Math.max(0, row.getDouble("oldest")),
                        row.getLong("processed"),
                        row.getLong("failing"),
                        row.getLong("refunded"),
                        row.getLong("refusals")))
                .one());
    }
}
