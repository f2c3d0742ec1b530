package io.apotheca.persistence.identity;

import io.apotheca.application.identity.port.out.Sessions.RefreshToken;
import io.apotheca.domain.identity.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The statements behind {@link JdbiSessions}, one each, as a Jdbi SQL object attached to the
 * command's handle. Spending a token is one conditional {@code UPDATE}: of many concurrent spends of
 * one token, the row lock lets exactly one see it unspent.
 */
@RegisterRowMapper(SessionStatements.RefreshTokenRow.class)
interface SessionStatements {

    String TOKEN_COLUMNS = "t.id, t.session_id, t.parent_id, t.user_id, t.token_hash, t.expires_at";

    @SqlUpdate("INSERT INTO sessions (id, user_id, client_digest, created_at) VALUES (:id, :user, :client, :at)")
    void open(
            @Bind("id") UUID id, @Bind("user") UUID user, @Bind("client") String client, @Bind("at") OffsetDateTime at);

    @SqlQuery("SELECT EXISTS (SELECT 1 FROM sessions"
            + " WHERE user_id = :user AND client_digest = :client AND created_at >= :since)")
    boolean signedInFrom(@Bind("user") UUID user, @Bind("client") String client, @Bind("since") OffsetDateTime since);

    @SqlQuery("""
            UPDATE refresh_tokens t SET spent_at = :now
            FROM sessions s
            WHERE t.token_hash = :hash AND t.spent_at IS NULL AND t.expires_at > :now
              AND s.id = t.session_id AND s.revoked_at IS NULL
            RETURNING\s""" + TOKEN_COLUMNS)
    Optional<RefreshToken> spend(@Bind("hash") String hash, @Bind("now") OffsetDateTime now);

    @SqlQuery("SELECT " + TOKEN_COLUMNS + " FROM refresh_tokens t WHERE t.token_hash = :hash")
    Optional<RefreshToken> find(@Bind("hash") String hash);

    @SqlUpdate("""
            INSERT INTO refresh_tokens (id, session_id, parent_id, user_id, token_hash, expires_at)
            VALUES (:id, :session, :parent, :user, :hash, :expires)""")
    void addToken(
            @Bind("id") UUID id,
            @Bind("session") UUID session,
            @Bind("parent") UUID parent,
            @Bind("user") UUID user,
            @Bind("hash") String hash,
            @Bind("expires") OffsetDateTime expires);

    @SqlUpdate("UPDATE sessions SET revoked_at = :at, revoke_reason = :reason WHERE id = :id AND revoked_at IS NULL")
    void revoke(@Bind("id") UUID id, @Bind("reason") String reason, @Bind("at") OffsetDateTime at);

    @SqlUpdate("UPDATE sessions SET revoked_at = :at, revoke_reason = :reason"
            + " WHERE user_id = :user AND revoked_at IS NULL")
    void revokeAll(@Bind("user") UUID user, @Bind("reason") String reason, @Bind("at") OffsetDateTime at);

    @SqlQuery("""
            SELECT u.role FROM sessions s JOIN users u ON u.id = s.user_id
            WHERE s.id = :id AND s.user_id = :user AND s.revoked_at IS NULL AND u.active""")
    Optional<String> liveRole(@Bind("id") UUID id, @Bind("user") UUID user);

    /** One refresh token as stored. */
    final class RefreshTokenRow implements RowMapper<RefreshToken> {

        @Override
        public RefreshToken map(ResultSet row, StatementContext ctx) throws SQLException {
            return new RefreshToken(
                    row.getObject("id", UUID.class),
                    row.getObject("session_id", UUID.class),
                    Optional.ofNullable(row.getObject("parent_id", UUID.class)),
                    new UserId(row.getObject("user_id", UUID.class)),
                    row.getString("token_hash"),
                    JdbiUsers.instant(row, "expires_at"));
        }
    }
}
