package io.apotheca.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.identity.CommonPasswordsContract;
import io.apotheca.application.identity.port.out.CommonPasswords;
import org.junit.jupiter.api.Test;

/** zxcvbn's list, held to the common-passwords contract, and a few of its own entries besides. */
class ZxcvbnCommonPasswordsTest extends CommonPasswordsContract {

    private static final ZxcvbnCommonPasswords COMMON = ZxcvbnCommonPasswords.load();

    @Override
    protected CommonPasswords commonPasswords() {
        return COMMON;
    }

    @Test
    void keyboard_walks_found_in_breaches_are_common() {
        assertThat(COMMON.isCommon("qwertyuiop12")).isTrue();
        assertThat(COMMON.isCommon("1qaz2wsx3edc")).isTrue();
    }
}
