package io.apotheca.application.memory;

import io.apotheca.application.identity.port.out.PasswordHasher;
import io.apotheca.application.shared.Sha256;
import io.apotheca.domain.identity.PasswordHash;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A salted SHA-256 in place of Argon2id: it keeps a password as a one-way hash as the real hasher
 * does, but fast, so a scenario can register and sign in many times. Never for real passwords.
 */
public final class StandInPasswordHasher implements PasswordHasher {

    private static final String PREFIX = "$stand-in$v=1$";

    private final AtomicLong salts = new AtomicLong();

    @Override
    public PasswordHash hash(String password) {
        String salt = Long.toHexString(salts.incrementAndGet());
        return new PasswordHash(PREFIX + salt + "$" + Sha256.hex(salt + "|" + password));
    }

    @Override
    public boolean verify(String password, Optional<PasswordHash> stored) {
        return stored.map(PasswordHash::phc)
                .filter(phc -> phc.startsWith(PREFIX))
                .map(phc -> phc.substring(PREFIX.length()).split("\\$"))
                .filter(parts -> parts.length == 2)
                .map(parts -> Sha256.hex(parts[0] + "|" + password).equals(parts[1]))
                .orElse(false);
    }

    @Override
    public boolean needsRehash(PasswordHash stored) {
        return !stored.phc().startsWith(PREFIX);
    }
}
