package io.apotheca.application.memory;

import io.apotheca.application.identity.port.out.Sessions;
import io.apotheca.application.identity.port.out.Users;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Signed-in sessions and their refresh-token families in maps; a token is spent once, and the
 * account's role now is read from the accounts, as the database joins the sessions to them.
 */
public final class InMemorySessions implements Sessions {

    private final Users users;
    private final Map<UUID, Session> sessions = new LinkedHashMap<>();
    private final Map<String, RefreshToken> tokens = new HashMap<>();
    private final Set<String> spent = new HashSet<>();

    /** @param users the accounts, asked for the role and active flag of a session's account */
    public InMemorySessions(Users users) {
        this.users = users;
    }

    @Override
    public synchronized void open(UUID sessionId, UserId user, String clientDigest, Instant at, RefreshToken first) {
        if (sessions.containsKey(sessionId)) {
            throw new IllegalStateException("the session is open already");
        }
        sessions.put(sessionId, new Session(user, clientDigest, at, Optional.empty()));
        addToken(first);
    }

    @Override
    public synchronized boolean signedInFrom(UserId user, String clientDigest, Instant since) {
        return sessions.values().stream()
                .anyMatch(s -> s.user().equals(user)
                        && s.clientDigest().equals(clientDigest)
                        && !s.openedAt().isBefore(since));
    }

    @Override
    public synchronized Optional<RefreshToken> spend(String tokenHash, Instant now) {
        Optional<RefreshToken> spendable = Optional.ofNullable(tokens.get(tokenHash))
                .filter(t -> !spent.contains(tokenHash) && t.expiresAt().isAfter(now))
                .filter(t -> sessions.get(t.sessionId()).revokedAt().isEmpty());
        spendable.ifPresent(t -> spent.add(tokenHash));
        return spendable;
    }

    @Override
    public synchronized Optional<RefreshToken> find(String tokenHash) {
        return Optional.ofNullable(tokens.get(tokenHash));
    }

    @Override
    public synchronized void addToken(RefreshToken token) {
        if (!sessions.containsKey(token.sessionId()) || tokens.containsKey(token.tokenHash())) {
            throw new IllegalStateException("a token belongs to an open session and its hash is unique");
        }
        tokens.put(token.tokenHash(), token);
    }

    @Override
    public synchronized void revoke(UUID sessionId, String reason, Instant at) {
        sessions.computeIfPresent(sessionId, (id, s) -> s.revokedAt().isPresent() ? s : s.revoked(at));
    }

    @Override
    public synchronized void revokeAll(UserId user, String reason, Instant at) {
        sessions.replaceAll((id, s) -> s.user().equals(user) && s.revokedAt().isEmpty() ? s.revoked(at) : s);
    }

    @Override
    public synchronized Optional<Role> liveRole(UUID sessionId, UserId user) {
        return Optional.ofNullable(sessions.get(sessionId))
                .filter(s -> s.user().equals(user) && s.revokedAt().isEmpty())
                .flatMap(s -> users.byId(user))
                .filter(User::active)
                .map(User::role);
    }

    /** How many sessions of the account are open, for a test looking behind the use cases. */
    public synchronized long openCount(UserId user) {
        return sessions.values().stream()
                .filter(s -> s.user().equals(user) && s.revokedAt().isEmpty())
                .count();
    }

    /** Whether the session was revoked, for a test looking behind the use cases. */
    public synchronized boolean revoked(UUID sessionId) {
        return Optional.ofNullable(sessions.get(sessionId))
                .map(s -> s.revokedAt().isPresent())
                .orElse(false);
    }

    private record Session(UserId user, String clientDigest, Instant openedAt, Optional<Instant> revokedAt) {

        Session revoked(Instant at) {
            return new Session(user, clientDigest, openedAt, Optional.of(at));
        }
    }
}
