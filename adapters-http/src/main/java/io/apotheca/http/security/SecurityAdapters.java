package io.apotheca.http.security;

import io.apotheca.application.identity.port.out.AccessTokens;
import io.apotheca.application.identity.port.out.CommonPasswords;
import io.apotheca.application.identity.port.out.PasswordHasher;
import io.apotheca.application.shared.port.out.IdGenerator;
import io.apotheca.application.shared.port.out.RateLimiter;
import java.security.SecureRandom;
import java.time.Clock;

/** The credentials adapters, as {@code bootstrap} builds them: hashing, tokens, common passwords, attempts. */
public final class SecurityAdapters {

    private SecurityAdapters() {}

    /**
     * Argon2id at its default cost.
     *
     * @param maxConcurrent how many hashes may run at once (each holds ~19 MiB); the rest queue
     */
    public static PasswordHasher argon2(int maxConcurrent, SecureRandom random) {
        return new Argon2PasswordHasher(Argon2PasswordHasher.Cost.DEFAULT, maxConcurrent, random);
    }

    /** Signed, short-lived access tokens (HMAC-SHA256 under the secret). */
    public static AccessTokens jwt(byte[] secret, Clock clock, IdGenerator ids) {
        return new JwtAccessTokens(secret, clock, ids);
    }

    /** The passwords attackers try first, from zxcvbn's lists. */
    public static CommonPasswords commonPasswords() {
        return ZxcvbnCommonPasswords.load();
    }

    /** Rate-limit buckets in this process, for a single instance without Redis. */
    public static RateLimiter inProcessRateLimiter() {
        return new InProcessRateLimiter();
    }
}
