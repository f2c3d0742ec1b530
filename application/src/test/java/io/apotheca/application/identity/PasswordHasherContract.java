package io.apotheca.application.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.identity.port.out.PasswordHasher;
import io.apotheca.domain.identity.PasswordHash;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every password hasher must do: a hash opens to its password and no other, never shows the
 * password, differs each time (salted), and an unknown e-mail's missing hash opens to nothing. The
 * stand-in and Argon2id each extend this class.
 */
public abstract class PasswordHasherContract {

    private static final String PASSWORD = "correct horse battery staple";

    /** The hasher under test. */
    protected abstract PasswordHasher hasher();

    @Test
    void a_hash_opens_to_its_password_and_to_no_other() {
        PasswordHash hash = hasher().hash(PASSWORD);

        assertThat(hasher().verify(PASSWORD, Optional.of(hash))).isTrue();
        assertThat(hasher().verify("correct horse battery stapler", Optional.of(hash)))
                .isFalse();
        assertThat(hasher().verify("", Optional.of(hash))).isFalse();
    }

    @Test
    void a_hash_never_shows_its_password_and_two_hashes_of_one_password_differ() {
        PasswordHash first = hasher().hash(PASSWORD);
        PasswordHash second = hasher().hash(PASSWORD);

        assertThat(first.phc()).doesNotContain(PASSWORD).startsWith("$");
        assertThat(second).isNotEqualTo(first);
        assertThat(hasher().verify(PASSWORD, Optional.of(second))).isTrue();
    }

    @Test
    void without_a_stored_hash_or_with_one_it_cannot_read_no_password_matches() {
        assertThat(hasher().verify(PASSWORD, Optional.empty())).isFalse();
        assertThat(hasher().verify(PASSWORD, Optional.of(new PasswordHash("$bcrypt$not-ours"))))
                .isFalse();
        assertThat(hasher().verify(PASSWORD, Optional.of(PasswordHash.NONE))).isFalse();
    }

    @Test
    void a_fresh_hash_needs_no_rehash_and_one_of_another_scheme_does() {
        assertThat(hasher().needsRehash(hasher().hash(PASSWORD))).isFalse();
        assertThat(hasher().needsRehash(new PasswordHash("$2b$10$bcryptsaltbcryptsalt")))
                .isTrue();
    }
}
