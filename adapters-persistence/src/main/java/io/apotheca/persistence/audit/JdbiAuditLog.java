package io.apotheca.persistence.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apotheca.application.audit.port.out.AuditLog;
import io.apotheca.domain.audit.AuditChain;
import io.apotheca.domain.audit.AuditEntry;
import io.apotheca.domain.audit.AuditRecord;
import io.apotheca.persistence.JdbiContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The audit trail in {@code audit_log}. An append takes a transaction-scoped advisory lock, reads the
 * last hash and inserts the next entry, so concurrent appends line up one after another; the
 * unique {@code previous_hash} makes a fork impossible even without the lock.
 */
public final class JdbiAuditLog implements AuditLog {

    private static final long CHAIN_LOCK = 0x4150_4F54_4845_4341L; // "APOTHECA"
    private static final String COLUMNS = "sequence, id, occurred_at, actor_id, actor_role, action, target_type, "
            + "target_id, request_id, details::text AS details, previous_hash, hash";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> DETAILS = new TypeReference<>() {};
    private static final int CHUNK = 1_000;

    private final JdbiContext db;

    public JdbiAuditLog(JdbiContext db) {
        this.db = db;
    }

    @Override
    public AuditEntry append(UUID id, AuditRecord record) {
        return db.with(h -> {
            h.createQuery("SELECT pg_advisory_xact_lock(:lock)")
                    .bind("lock", CHAIN_LOCK)
                    .mapTo(String.class)
                    .one();
            String previous = h.createQuery("SELECT hash FROM audit_log ORDER BY sequence DESC LIMIT 1")
                    .mapTo(String.class)
                    .findOne()
                    .orElse(AuditChain.GENESIS);
            AuditEntry entry = AuditChain.link(id, 0, record, previous);
            long sequence = h.createQuery("""
                            INSERT INTO audit_log (id, occurred_at, actor_id, actor_role, action, target_type,
                                                   target_id, request_id, details, previous_hash, hash)
                            VALUES (:id, :at, :actorId, :actorRole, :action, :targetType,
                                    :targetId, :requestId, CAST(:details AS jsonb), :previous, :hash)
                            RETURNING sequence""")
                    .bind("id", id)
                    .bind("at", record.occurredAt().atOffset(ZoneOffset.UTC))
                    .bind("actorId", record.actorId())
                    .bind("actorRole", record.actorRole())
                    .bind("action", record.action())
                    .bind("targetType", record.targetType())
                    .bind("targetId", record.targetId())
                    .bind("requestId", record.requestId())
                    .bind("details", json(record.details()))
                    .bind("previous", previous)
                    .bind("hash", entry.hash())
                    .mapTo(Long.class)
                    .one();
            return new AuditEntry(id, sequence, record, previous, entry.hash());
        });
    }

    @Override
    public List<AuditEntry> page(Filter filter, Optional<Long> beforeSequence, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_log WHERE true");
        filter.actor().ifPresent(a -> sql.append(" AND actor_id = :actor"));
        filter.target().ifPresent(t -> sql.append(" AND target_id = :target"));
        filter.action().ifPresent(a -> sql.append(" AND action = :action"));
        beforeSequence.ifPresent(b -> sql.append(" AND sequence < :before"));
        sql.append(" ORDER BY sequence DESC LIMIT :limit");
        return db.with(h -> {
            Query query = h.createQuery(sql.toString()).bind("limit", limit);
            filter.actor().ifPresent(a -> query.bind("actor", a));
            filter.target().ifPresent(t -> query.bind("target", t));
            filter.action().ifPresent(a -> query.bind("action", a));
            beforeSequence.ifPresent(b -> query.bind("before", b));
            return query.map(JdbiAuditLog::map).list();
        });
    }

    @Override
    public void forEachInOrder(Consumer<AuditEntry> each) {
        long after = 0;
        while (true) {
            long from = after;
            List<AuditEntry> chunk = db.with(h -> h.createQuery("SELECT " + COLUMNS
                            + " FROM audit_log WHERE sequence > :after ORDER BY sequence LIMIT :limit")
                    .bind("after", from)
                    .bind("limit", CHUNK)
                    .map(JdbiAuditLog::map)
                    .list());
            chunk.forEach(each);
            if (chunk.size() < CHUNK) {
                return;
            }
            after = chunk.get(chunk.size() - 1).sequence();
        }
    }

    private static AuditEntry map(ResultSet row, StatementContext ctx) throws SQLException {
        AuditRecord record = new AuditRecord(
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getString("actor_id"),
                row.getString("actor_role"),
                row.getString("action"),
                row.getString("target_type"),
                row.getString("target_id"),
                row.getString("request_id"),
                details(row.getString("details")));
        return new AuditEntry(
                row.getObject("id", UUID.class),
                row.getLong("sequence"),
                record,
                row.getString("previous_hash"),
                row.getString("hash"));
    }

    private static String json(Map<String, String> details) {
        try {
            return JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit details are plain strings", e);
        }
    }

    private static TreeMap<String, String> details(String json) throws SQLException {
        try {
            return JSON.readValue(json, DETAILS);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable audit details", e);
        }
    }
}
