package io.apotheca.persistence.identity;

import io.apotheca.application.identity.port.out.AccountTokens;
import io.apotheca.domain.identity.AccountTokenPurpose;
import io.apotheca.domain.identity.UserId;
import io.apotheca.persistence.JdbiContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Link tokens in {@code account_tokens}, each operation one statement of {@link AccountTokenStatements}. */
public final class JdbiAccountTokens implements AccountTokens {

    private final JdbiContext db;

    public JdbiAccountTokens(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void issue(AccountToken token) {
        db.execute(
                AccountTokenStatements.class,
                sql -> sql.issue(
                        token.id(),
                        token.user().value(),
                        token.purpose().name(),
                        token.tokenHash(),
                        utc(token.issuedAt()),
                        utc(token.expiresAt())));
    }

    @Override
    public Optional<UserId> peek(AccountTokenPurpose purpose, String tokenHash, Instant now) {
        return db.sql(AccountTokenStatements.class, sql -> sql.peek(purpose.name(), tokenHash, utc(now)))
                .map(UserId::new);
    }

    @Override
    public Optional<UserId> use(AccountTokenPurpose purpose, String tokenHash, Instant now) {
        return db.sql(AccountTokenStatements.class, sql -> sql.use(purpose.name(), tokenHash, utc(now)))
                .map(UserId::new);
    }

    @Override
    public void discard(UserId user, AccountTokenPurpose purpose) {
        db.execute(AccountTokenStatements.class, sql -> sql.discard(user.value(), purpose.name()));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
