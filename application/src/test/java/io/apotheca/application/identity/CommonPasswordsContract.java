package io.apotheca.application.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.identity.port.out.CommonPasswords;
import org.junit.jupiter.api.Test;

/**
 * What every list of common passwords must answer: a password attackers try first is common
 * whatever its letter case and with digits or punctuation tacked on; a passphrase of one's own is
 * not. The short listed stand-in and zxcvbn's list each extend this class.
 */
public abstract class CommonPasswordsContract {

    /** The list under test. */
    protected abstract CommonPasswords commonPasswords();

    @Test
    void a_password_attackers_try_first_is_common_whatever_its_case() {
        assertThat(commonPasswords().isCommon("password")).isTrue();
        assertThat(commonPasswords().isCommon("PassWord")).isTrue();
        assertThat(commonPasswords().isCommon("iloveyou")).isTrue();
    }

    @Test
    void a_common_password_with_digits_and_punctuation_tacked_on_is_still_common() {
        assertThat(commonPasswords().isCommon("password1234")).isTrue();
        assertThat(commonPasswords().isCommon("sunshine2024!!")).isTrue();
        assertThat(commonPasswords().isCommon("iloveyou 12345")).isTrue();
        assertThat(commonPasswords().isCommon("  Qwertyuiop12  ")).isTrue();
    }

    @Test
    void a_passphrase_of_its_own_is_not() {
        assertThat(commonPasswords().isCommon("correct horse battery staple")).isFalse();
        assertThat(commonPasswords().isCommon("demo customer passphrase")).isFalse();
        assertThat(commonPasswords().isCommon("4mber-Lantern-Quietly")).isFalse();
    }
}
