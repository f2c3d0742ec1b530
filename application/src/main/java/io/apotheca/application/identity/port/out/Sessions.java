package io.apotheca.application.identity.port.out;

import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed-in sessions. A session is a family of refresh tokens: each refresh spends one token and
 * issues its child; presenting a spent token again means it was stolen, and the whole family is
 * revoked. Only hashes of refresh tokens are stored.
 */
public interface Sessions {

    /**
     * Opens a session with its first refresh token.
     *
     * @param clientDigest a digest of the address the account signed in from, never the address
     */
    void open(UUID sessionId, UserId user, String clientDigest, Instant at, RefreshToken first);

    /** Whether the account signed in from the address with this digest at or after {@code since}. */
    boolean signedInFrom(UserId user, String clientDigest, Instant since);

    /**
     * Spends a refresh token, once: of any number of concurrent calls with one token, exactly one
     * gets it. Empty when the token is unknown, spent, expired, or its session revoked.
     */
    Optional<RefreshToken> spend(String tokenHash, Instant now);

    /** The token with this hash, spent or not, to tell reuse from garbage. */
    Optional<RefreshToken> find(String tokenHash);

    void addToken(RefreshToken token);

    void revoke(UUID sessionId, String reason, Instant at);

    /** Ends every session of the account: a password change, a reset, a deactivation. */
    void revokeAll(UserId user, String reason, Instant at);

    /**
     * The account's role now, when the session is still open and its account still active; asked on
     * every request, so that a role changed since the token was signed counts, not the token's claim.
     */
    Optional<Role> liveRole(UUID sessionId, UserId user);

    /**
     * One refresh token of a session, as stored.
     *
     * @param id the token's id
     * @param sessionId its family
     * @param parentId the token it replaced, empty for the first
     * @param user the account
     * @param tokenHash SHA-256 of the token, hex
     * @param expiresAt when it stops working
     */
    record RefreshToken(
            UUID id, UUID sessionId, Optional<UUID> parentId, UserId user, String tokenHash, Instant expiresAt) {}
}
