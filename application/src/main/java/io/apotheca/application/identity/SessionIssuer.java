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

    SessionTokens open(User user) {
        Instant now = ports.clock().instant();
        UUID sessionId = ports.ids().next();
        String token = ports.secretTokens().next();
        ports.sessions().open(sessionId, user.id(), now, refreshToken(sessionId, Optional.empty(), user, token, now));
        return tokens(user, sessionId, token);
    }

    SessionTokens rotate(RefreshToken spent, User user) {
        Instant now = ports.clock().instant();
        String token = ports.secretTokens().next();
        ports.sessions().addToken(refreshToken(spent.sessionId(), Optional.of(spent.id()), user, token, now));
        return tokens(user, spent.sessionId(), token);
    }

    private RefreshToken refreshToken(UUID sessionId, Optional<UUID> parent, User user, String token, Instant now) {
        return new RefreshToken(
                ports.ids().next(), sessionId, parent, user.id(), Sha256.hex(token), now.plus(REFRESH_TOKEN_LIFETIME));
    }

    private SessionTokens tokens(User user, UUID sessionId, String refreshToken) {
        AccessTokens.Issued access = ports.accessTokens().issue(new Principal(user.id(), user.role(), sessionId));
        return new SessionTokens(access.token(), refreshToken, access.validFor());
    }
}
