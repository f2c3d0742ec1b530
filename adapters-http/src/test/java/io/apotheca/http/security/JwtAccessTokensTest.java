package io.apotheca.http.security;

import io.apotheca.application.identity.AccessTokensContract;
import io.apotheca.application.identity.port.out.AccessTokens;
import io.apotheca.application.shared.UuidV7Generator;
import java.security.SecureRandom;
import java.time.Clock;

/** The signed JWTs, each instance under a key of its own, held to the access-tokens contract. */
class JwtAccessTokensTest extends AccessTokensContract {

    @Override
    protected AccessTokens accessTokens(Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new JwtAccessTokens(secret, clock, new UuidV7Generator(clock, new SecureRandom()));
    }
}
