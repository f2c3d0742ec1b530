package io.apotheca.application.identity;

import io.apotheca.application.identity.port.in.SessionTokens;
import io.apotheca.application.identity.port.out.AccessTokens;
import io.apotheca.application.identity.port.out.Sessions.RefreshToken;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Sha256;
import io.apotheca.domain.identity.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Opens sessions and rotates their refresh tokens; a refresh token lives 30 days at most. */
final class SessionIssuer {

    static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(30);

    private final IdentityPorts ports;

    SessionIssuer(IdentityPorts ports) {
        this.ports = ports;
    }

    /** Opens a session for the account, signed in from {@code clientAddress}. */
    SessionTokens open(User user, String clientAddress) {
        Instant now = ports.kernel().clock().instant();
        UUID sessionId = ports.kernel().ids().next();
        String token = ports.secretTokens().next();
        ports.sessions()
                .open(
                        sessionId,
                        user.id(),
                        clientDigest(user, clientAddress),
                        now,
                        refreshToken(sessionId, Optional.empty(), user, token, now));
        return tokens(user, sessionId, token);
    }

    /**
     * What is kept of the address an account signs in from: a digest of its network ({@link
     * ClientNetwork}), bound to the account; never the address.
     */
    static String clientDigest(User user, String clientAddress) {
        return Sha256.hex(user.id() + "|" + ClientNetwork.of(clientAddress));
    }

    SessionTokens rotate(RefreshToken spent, User user) {
        Instant now = ports.kernel().clock().instant();
        String token = ports.secretTokens().next();
        ports.sessions().addToken(refreshToken(spent.sessionId(), Optional.of(spent.id()), user, token, now));
        return tokens(user, spent.sessionId(), token);
    }

    private RefreshToken refreshToken(UUID sessionId, Optional<UUID> parent, User user, String token, Instant now) {
        return new RefreshToken(
                ports.kernel().ids().next(),
                sessionId,
                parent,
                user.id(),
                Sha256.hex(token),
                now.plus(REFRESH_TOKEN_LIFETIME));
    }

    private SessionTokens tokens(User user, UUID sessionId, String refreshToken) {
        AccessTokens.Issued access = ports.accessTokens().issue(new Principal(user.id(), user.role(), sessionId));
        return new SessionTokens(access.token(), refreshToken, access.validFor());
    }
}
