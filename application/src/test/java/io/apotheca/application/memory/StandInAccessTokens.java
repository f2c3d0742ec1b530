package io.apotheca.application.memory;

import io.apotheca.application.identity.port.out.AccessTokens;
import io.apotheca.application.shared.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens that are opaque random strings this stand-in remembers, instead of signed JWTs: a
 * token it did not issue (a forged or altered one) names no one, and every token expires after
 * fifteen minutes of the given clock.
 */
public final class StandInAccessTokens implements AccessTokens {

    public static final Duration LIFETIME = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, Claim> issued = new ConcurrentHashMap<>();

    public StandInAccessTokens(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Issued issue(Principal principal) {
        String token = "stand-in." + UUID.randomUUID() + "." + UUID.randomUUID();
        issued.put(token, new Claim(principal, clock.instant().plus(LIFETIME)));
        return new Issued(token, LIFETIME);
    }

    @Override
    public Optional<Principal> read(String token) {
        return Optional.ofNullable(token)
                .map(issued::get)
                .filter(claim -> clock.instant().isBefore(claim.expiresAt()))
                .map(Claim::principal);
    }

    private record Claim(Principal principal, Instant expiresAt) {}
}
