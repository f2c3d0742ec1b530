package io.apotheca.persistence.identity;

import io.apotheca.application.identity.port.out.Sessions;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.UserId;
import io.apotheca.persistence.JdbiContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Sessions and their refresh tokens, each operation one statement of {@link SessionStatements}. */
public final class JdbiSessions implements Sessions {

    private final JdbiContext db;

    public JdbiSessions(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void open(UUID sessionId, UserId user, String clientDigest, Instant at, RefreshToken first) {
        db.execute(SessionStatements.class, sql -> sql.open(sessionId, user.value(), clientDigest, utc(at)));
        addToken(first);
    }

    @Override
    public boolean signedInFrom(UserId user, String clientDigest, Instant since) {
        return db.sql(SessionStatements.class, sql -> sql.signedInFrom(user.value(), clientDigest, utc(since)));
    }

    @Override
    public Optional<RefreshToken> spend(String tokenHash, Instant now) {
        return db.sql(SessionStatements.class, sql -> sql.spend(tokenHash, utc(now)));
    }

    @Override
    public Optional<RefreshToken> find(String tokenHash) {
        return db.sql(SessionStatements.class, sql -> sql.find(tokenHash));
    }

    @Override
    public void addToken(RefreshToken token) {
        db.execute(
                SessionStatements.class,
                sql -> sql.addToken(
                        token.id(),
                        token.sessionId(),
                        token.parentId().orElse(null),
                        token.user().value(),
                        token.tokenHash(),
                        utc(token.expiresAt())));
    }

    @Override
    public void revoke(UUID sessionId, String reason, Instant at) {
        db.execute(SessionStatements.class, sql -> sql.revoke(sessionId, reason, utc(at)));
    }

    @Override
    public void revokeAll(UserId user, String reason, Instant at) {
        db.execute(SessionStatements.class, sql -> sql.revokeAll(user.value(), reason, utc(at)));
    }

    @Override
    public Optional<Role> liveRole(UUID sessionId, UserId user) {
        return db.sql(SessionStatements.class, sql -> sql.liveRole(sessionId, user.value()))
                .map(Role::valueOf);
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
