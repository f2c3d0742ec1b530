package io.apotheca.persistence.identity;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The statements behind {@link JdbiAccountTokens}, one each. Using a token is a single conditional
 * {@code UPDATE}: of many concurrent uses of one token, the row lock lets exactly one see it unused.
 */
interface AccountTokenStatements {

    /** The token of this hash and purpose, while it is unused and unexpired. */
    String USABLE = "token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now";

    @SqlUpdate("""
            INSERT INTO account_tokens (id, user_id, purpose, token_hash, issued_at, expires_at)
            VALUES (:id, :user, :purpose, :hash, :issuedAt, :expiresAt)""")
    void issue(
            @Bind("id") UUID id,
            @Bind("user") UUID user,
            @Bind("purpose") String purpose,
            @Bind("hash") String hash,
            @Bind("issuedAt") OffsetDateTime issuedAt,
            @Bind("expiresAt") OffsetDateTime expiresAt);

    @SqlQuery("SELECT user_id FROM account_tokens WHERE " + USABLE)
    Optional<UUID> peek(@Bind("purpose") String purpose, @Bind("hash") String hash, @Bind("now") OffsetDateTime now);

    @SqlQuery("UPDATE account_tokens SET used_at = :now WHERE " + USABLE + " RETURNING user_id")
    Optional<UUID> use(@Bind("purpose") String purpose, @Bind("hash") String hash, @Bind("now") OffsetDateTime now);

    @SqlUpdate("DELETE FROM account_tokens WHERE user_id = :user AND purpose = :purpose")
    void discard(@Bind("user") UUID user, @Bind("purpose") String purpose);
}
