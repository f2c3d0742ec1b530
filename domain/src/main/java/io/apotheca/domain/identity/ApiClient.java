package io.apotheca.domain.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A prescriber's system that an administrator registered, so that it may send electronic
 * prescriptions: it signs in with its id and a secret (the client-credentials grant of OAuth 2.0)
 * and acts as {@link Role#PRESCRIBER_SYSTEM}. Only a hash of the secret is kept; a revoked client
 * signs in no more, and its tokens stop working at once.
 *
 * @param id the client id
 * @param name what the administrator called it (the practice or the product)
 * @param secretHash the hex SHA-256 of its secret
 * @param registered when and by whom it was registered
 * @param revoked when and by whom it was revoked, if it was
 */
public record ApiClient(UUID id, String name, String secretHash, Decision registered, Optional<Decision> revoked) {

    public ApiClient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(registered, "registered");
        Objects.requireNonNull(revoked, "revoked");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an API client has a name");
        }
        if (!secretHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a secret is kept as its hex SHA-256");
        }
    }

    /** Whether it may still sign in. */
    public boolean active() {
        return revoked.isEmpty();
    }

    /** The client revoked by the administrator; revoking twice keeps the first revocation. */
    public ApiClient revoke(UserId by, Instant at) {
        return revoked.isPresent()
                ? this
                : new ApiClient(id, name, secretHash, registered, Optional.of(new Decision(by, at)));
    }

    /**
     * An administrator's act on the client.
     *
     * @param by the administrator
     * @param at when
     */
    public record Decision(UserId by, Instant at) {

        public Decision {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }
}
