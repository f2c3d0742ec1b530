package io.apotheca.application.identity.port.out;

import io.apotheca.application.shared.Principal;
import java.time.Duration;
import java.util.Optional;

/** Short-lived signed access tokens that say who the bearer is. */
public interface AccessTokens {

    /** A new access token for the principal, and how long it is valid. */
    Issued issue(Principal principal);

    /** The principal a token names, when its signature and expiry hold; says nothing about the session. */
    Optional<Principal> read(String token);

    /**
     * @param token the encoded token
     * @param validFor how long until it expires
     */
    record Issued(String token, Duration validFor) {}
}
