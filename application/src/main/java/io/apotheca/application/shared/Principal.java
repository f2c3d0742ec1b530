package io.apotheca.application.shared;

import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.UserId;
import java.util.Objects;
import java.util.UUID;

/**
 * A signed-in account, as proven by a live access token.
 *
 * @param userId the account
 * @param role its role
 * @param sessionId the session (refresh-token family) the token belongs to
 */
public record Principal(UserId userId, Role role, UUID sessionId) {

    public Principal {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
