package io.apotheca.domain.identity;

import java.time.Duration;

/**
 * What a single-use link sent by e-mail proves, and for how long it may be used. Only a hash of the
 * token is stored; the token itself exists only in the message.
 */
public enum AccountTokenPurpose {
    /** The owner of the address received the mail: 24 hours to follow the link. */
    EMAIL_VERIFICATION(Duration.ofHours(24)),
    /** The owner of the address asked to choose a new password: 30 minutes. */
    PASSWORD_RESET(Duration.ofMinutes(30));

    private final Duration lifetime;

    AccountTokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
