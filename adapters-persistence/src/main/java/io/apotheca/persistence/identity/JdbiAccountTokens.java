package io.apotheca.persistence.identity;

import io.apotheca.application.identity.port.out.AccountTokens;
import io.apotheca.domain.identity.AccountTokenPurpose;
import io.apotheca.domain.identity.UserId;
import io.apotheca.persistence.JdbiContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Link tokens in {@code account_tokens}. Using one is a single conditional {@code UPDATE}: of many
 * concurrent uses of one token, the row lock lets exactly one see it unused.
 */
public final class JdbiAccountTokens implements AccountTokens {

    /** The token of this hash and purpose, while it is unused and unexpired. */
    private static final String USABLE =
            "token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now";

    private final JdbiContext db;

    public JdbiAccountTokens(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void issue(AccountToken token) {
        db.with(h -> h.createUpdate("""
                        INSERT INTO account_tokens (id, user_id, purpose, token_hash, issued_at, expires_at)
                        VALUES (:id, :user, :purpose, :hash, :issuedAt, :expiresAt)""")
                .bind("id", token.id())
                .bind("user", token.user().value())
                .bind("purpose", token.purpose().name())
                .bind("hash", token.tokenHash())
                .bind("issuedAt", utc(token.issuedAt()))
                .bind("expiresAt", utc(token.expiresAt()))
                .execute());
    }

    @Override
    public Optional<UserId> peek(AccountTokenPurpose purpose, String tokenHash, Instant now) {
        return db.with(h -> h.createQuery("SELECT user_id FROM account_tokens WHERE " + USABLE)
                .bind("hash", tokenHash)
                .bind("purpose", purpose.name())
                .bind("now", utc(now))
                .mapTo(UUID.class)
                .findOne()
                .map(UserId::new));
    }

    @Override
    public Optional<UserId> use(AccountTokenPurpose purpose, String tokenHash, Instant now) {
        return db.with(
                h -> h.createQuery("UPDATE account_tokens SET used_at = :now WHERE " + USABLE + " RETURNING user_id")
                        .bind("hash", tokenHash)
                        .bind("purpose", purpose.name())
                        .bind("now", utc(now))
                        .mapTo(UUID.class)
                        .findOne()
                        .map(UserId::new));
    }

    @Override
    public void discard(UserId user, AccountTokenPurpose purpose) {
        db.with(h -> h.createUpdate("DELETE FROM account_tokens WHERE user_id = :user AND purpose = :purpose")
                .bind("user", user.value())
                .bind("purpose", purpose.name())
                .execute());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
