package io.apotheca.application.identity.port.out;

import io.apotheca.domain.identity.PasswordHash;
import java.util.Optional;

/**
 * One-way password hashing that is deliberately slow and memory-hard (Argon2id), so a stolen
 * table of hashes is expensive to guess against.
 */
public interface PasswordHasher {

    PasswordHash hash(String password);

    /**
     * Whether the password matches the stored hash. With no stored hash (an unknown e-mail) it does
     * the same work and answers false, so a login cannot tell whether an account exists.
     */
    boolean verify(String password, Optional<PasswordHash> stored);

    /** Whether the hash was made with weaker parameters than today's, and should be made again. */
    boolean needsRehash(PasswordHash stored);
}
