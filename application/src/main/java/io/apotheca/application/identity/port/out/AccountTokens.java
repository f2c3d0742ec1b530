package io.apotheca.application.identity.port.out;

import io.apotheca.domain.identity.AccountTokenPurpose;
import io.apotheca.domain.identity.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The single-use tokens of e-mailed links (verification, password reset). Only the SHA-256 of a
 * token is stored: someone who reads the database cannot follow a link.
 */
public interface AccountTokens {

    void issue(AccountToken token);

    /** The account of an unused, unexpired token of this purpose, without using it. */
    Optional<UserId> peek(AccountTokenPurpose purpose, String tokenHash, Instant now);

    /**
     * Uses the token, once: of any number of concurrent calls with one token, exactly one gets its
     * account. Empty when the token is unknown, used, expired or of another purpose.
     */
    Optional<UserId> use(AccountTokenPurpose purpose, String tokenHash, Instant now);

    /** Forgets every token of the account with this purpose, used or not. */
    void discard(UserId user, AccountTokenPurpose purpose);

    /**
     * One issued token.
     *
     * @param tokenHash SHA-256 of the token, hex
     */
    record AccountToken(
            UUID id, UserId user, AccountTokenPurpose purpose, String tokenHash, Instant issuedAt, Instant expiresAt) {

        public AccountToken {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(tokenHash, "tokenHash");
            Objects.requireNonNull(issuedAt, "issuedAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }
}
