package io.apotheca.persistence.identity;

import io.apotheca.application.identity.port.out.Sessions;
import io.apotheca.domain.identity.UserId;
import io.apotheca.persistence.JdbiContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Sessions and their refresh tokens. Spending a token is one conditional {@code UPDATE}: of many
 * concurrent spends of one token, the row lock lets exactly one see it unspent.
 */
public final class JdbiSessions implements Sessions {

    private static final String TOKEN_COLUMNS =
            "t.id, t.session_id, t.parent_id, t.user_id, t.token_hash, t.expires_at";

    private final JdbiContext db;

    public JdbiSessions(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void open(UUID sessionId, UserId user, Instant at, RefreshToken first) {
        db.with(h -> h.createUpdate("INSERT INTO sessions (id, user_id, created_at) VALUES (:id, :user, :at)")
                .bind("id", sessionId)
                .bind("user", user.value())
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .execute());
        addToken(first);
    }

    @Override
    public Optional<RefreshToken> spend(String tokenHash, Instant now) {
        return db.with(h -> h.createQuery("""
                        UPDATE refresh_tokens t SET spent_at = :now
                        FROM sessions s
                        WHERE t.token_hash = :hash AND t.spent_at IS NULL AND t.expires_at > :now
                          AND s.id = t.session_id AND s.revoked_at IS NULL
                        RETURNING """ + " " + TOKEN_COLUMNS)
                .bind("hash", tokenHash)
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .map(JdbiSessions::map)
                .findOne());
    }

    @Override
    public Optional<RefreshToken> find(String tokenHash) {
        return db.with(
                h -> h.createQuery("SELECT " + TOKEN_COLUMNS + " FROM refresh_tokens t WHERE t.token_hash = :hash")
                        .bind("hash", tokenHash)
                        .map(JdbiSessions::map)
                        .findOne());
    }

    @Override
    public void addToken(RefreshToken token) {
        db.with(h -> h.createUpdate("""
                        INSERT INTO refresh_tokens (id, session_id, parent_id, user_id, token_hash, expires_at)
                        VALUES (:id, :session, :parent, :user, :hash, :expires)""")
                .bind("id", token.id())
                .bind("session", token.sessionId())
                .bind("parent", token.parentId().orElse(null))
                .bind("user", token.user().value())
                .bind("hash", token.tokenHash())
                .bind("expires", token.expiresAt().atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public void revoke(UUID sessionId, String reason, Instant at) {
        db.with(h -> h.createUpdate(
                        "UPDATE sessions SET revoked_at = :at, revoke_reason = :reason WHERE id = :id AND revoked_at IS NULL")
                .bind("id", sessionId)
                .bind("reason", reason)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public void revokeAll(UserId user, String reason, Instant at) {
        db.with(h -> h.createUpdate(
                        "UPDATE sessions SET revoked_at = :at, revoke_reason = :reason WHERE user_id = :user AND revoked_at IS NULL")
                .bind("user", user.value())
                .bind("reason", reason)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public boolean isLive(UUID sessionId, UserId user) {
        return db.with(h -> h.createQuery("""
                        SELECT EXISTS (
                            SELECT 1 FROM sessions s JOIN users u ON u.id = s.user_id
                            WHERE s.id = :id AND s.user_id = :user AND s.revoked_at IS NULL AND u.active)""")
                .bind("id", sessionId)
                .bind("user", user.value())
                .mapTo(Boolean.class)
                .one());
    }

    private static RefreshToken map(ResultSet row, StatementContext ctx) throws SQLException {
        return new RefreshToken(
                row.getObject("id", UUID.class),
                row.getObject("session_id", UUID.class),
                Optional.ofNullable(row.getObject("parent_id", UUID.class)),
                new UserId(row.getObject("user_id", UUID.class)),
                row.getString("token_hash"),
                JdbiUsers.instant(row, "expires_at"));
    }
}
