package io.apotheca.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.identity.PasswordHasherContract;
import io.apotheca.application.identity.port.out.PasswordHasher;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** Argon2id, held to the password-hasher contract, and raising the cost of hashes made weaker. */
class Argon2PasswordHasherTest extends PasswordHasherContract {

    private static final Argon2PasswordHasher HASHER =
            new Argon2PasswordHasher(Argon2PasswordHasher.Cost.DEFAULT, 2, new SecureRandom());

    @Override
    protected PasswordHasher hasher() {
        return HASHER;
    }

    @Test
    void a_hash_made_at_a_lower_cost_still_opens_but_asks_to_be_made_again() {
        Argon2PasswordHasher weaker =
                new Argon2PasswordHasher(new Argon2PasswordHasher.Cost(8_192, 2, 1), 1, new SecureRandom());

        var old = weaker.hash("correct horse battery staple");

        assertThat(old.phc()).startsWith("$argon2id$v=19$m=8192,t=2,p=1$");
        assertThat(HASHER.verify("correct horse battery staple", java.util.Optional.of(old)))
                .isTrue();
        assertThat(HASHER.needsRehash(old)).isTrue();
    }
}
