package io.apotheca.http.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.apotheca.application.identity.port.out.AccessTokens;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.port.out.IdGenerator;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Access tokens as HS256 JWTs with {@code sub}, {@code role}, {@code sid} (the session), {@code iat},
 * {@code exp} and {@code jti}. The verifier accepts HS256 with our key only: a token signed otherwise,
 * or with {@code alg=none}, is not read.
 */
final class JwtAccessTokens implements AccessTokens {

    /** How long an access token is valid; a revoked session ends it sooner. */
    public static final Duration LIFETIME = Duration.ofMinutes(15);

    private static final String ISSUER = "apotheca";

    private final Algorithm algorithm;
    private final JWTVerifier verifier;
    private final Clock clock;
    private final IdGenerator ids;

    /** @param secret the HMAC key, at least 32 bytes */
    JwtAccessTokens(byte[] secret, Clock clock, IdGenerator ids) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the signing key must be at least 32 bytes");
        }
        this.algorithm = Algorithm.HMAC256(secret);
        this.clock = clock;
        this.ids = ids;
        this.verifier = ((JWTVerifier.BaseVerification) JWT.require(algorithm)
                        .withIssuer(ISSUER)
                        .withClaimPresence("role")
                        .withClaimPresence("sid")
                        .withClaimPresence("jti"))
                .build(clock);
    }

    @Override
    public Issued issue(Principal principal) {
        Instant now = clock.instant();
        String token = JWT.create()
                .withIssuer(ISSUER)
                .withSubject(principal.userId().toString())
                .withClaim("role", principal.role().name())
                .withClaim("sid", principal.sessionId().toString())
                .withIssuedAt(now)
                .withExpiresAt(now.plus(LIFETIME))
                .withJWTId(ids.next().toString())
                .sign(algorithm);
        return new Issued(token, LIFETIME);
    }

    @Override
    public Optional<Principal> read(String token) {
        try {
            DecodedJWT jwt = verifier.verify(token);
            return Optional.of(new Principal(
                    new UserId(UUID.fromString(jwt.getSubject())),
                    Role.valueOf(jwt.getClaim("role").asString()),
                    UUID.fromString(jwt.getClaim("sid").asString())));
        } catch (JWTVerificationException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
