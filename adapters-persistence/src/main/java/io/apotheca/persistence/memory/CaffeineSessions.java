package io.apotheca.persistence.memory;

import io.apotheca.application.identity.port.out.Sessions;
import io.apotheca.application.shared.port.out.ChangeBroadcast;
import io.apotheca.application.shared.port.out.ChangeBroadcast.Change;
import io.apotheca.application.shared.port.out.ChangeBroadcast.Kind;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.UserId;
import io.apotheca.persistence.JdbiContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Sessions whose live role is kept in memory, so an authenticated request reads nothing. Ending a
 * session (or all of an account's) is announced once committed, and every instance forgets it.
 */
final class CaffeineSessions implements Sessions, ChangeBroadcast.Listener {

    private record Live(UserId user, Role role) {}

    private final Sessions stored;
    private final JdbiContext db;
    private final ChangeBroadcast broadcast;
    private final Kept<UUID, Live> live;

    CaffeineSessions(Sessions stored, JdbiContext db, ChangeBroadcast broadcast) {
        this.stored = stored;
        this.db = db;
        this.broadcast = broadcast;
        this.live = new Kept<>(broadcast, db::inTransaction, 20_000, Duration.ofMinutes(10));
        broadcast.listen(this);
    }

    @Override
    public Optional<Role> liveRole(UUID sessionId, UserId user) {
        Live found = live.get(
                sessionId,
                id -> stored.liveRole(id, user)
                        .map(role -> new Live(user, role))
                        .orElse(null));
        return Optional.ofNullable(found).filter(f -> f.user().equals(user)).map(Live::role);
    }

    @Override
    public void revoke(UUID sessionId, String reason, Instant at) {
        stored.revoke(sessionId, reason, at);
        db.afterCommit(() -> broadcast.announce(Change.of(Kind.SESSION, sessionId)));
    }

    @Override
    public void revokeAll(UserId user, String reason, Instant at) {
        stored.revokeAll(user, reason, at);
        db.afterCommit(() -> broadcast.announce(Change.of(Kind.ACCOUNT, user.value())));
    }

    @Override
    public void changed(Change change) {
        switch (change.kind()) {
            case SESSION -> live.forget(UUID.fromString(change.key()));
            case ACCOUNT ->
                live.forgetIf(session -> session.user().value().toString().equals(change.key()));
            default -> {}
        }
    }

    @Override
    public void forgetAll() {
        live.forgetAll();
    }

    @Override
    public void open(UUID sessionId, UserId user, String clientDigest, Instant at, RefreshToken first) {
        stored.open(sessionId, user, clientDigest, at, first);
    }

    @Override
    public boolean signedInFrom(UserId user, String clientDigest, Instant since) {
        return stored.signedInFrom(user, clientDigest, since);
    }

    @Override
    public Optional<RefreshToken> spend(String tokenHash, Instant now) {
        return stored.spend(tokenHash, now);
    }

    @Override
    public Optional<RefreshToken> find(String tokenHash) {
        return stored.find(tokenHash);
    }

    @Override
    public void addToken(RefreshToken token) {
        stored.addToken(token);
    }
}
