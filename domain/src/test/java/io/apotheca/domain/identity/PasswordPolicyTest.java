package io.apotheca.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void accepts_a_long_enough_password() {
        assertThat(PasswordPolicy.check("correct horse battery", "ada@example.org"))
                .isEmpty();
    }

    @Test
    void refuses_a_few_characters_said_over_and_over() {
        assertThat(PasswordPolicy.check("aaaaaaaaaaaa", null)).isPresent();
        assertThat(PasswordPolicy.check("abababababab", null)).isPresent();
        assertThat(PasswordPolicy.check("1234123412341234", null)).isPresent();
        assertThat(PasswordPolicy.check("abcdeabcdeabcde", null)).isEmpty();
        assertThat(PasswordPolicy.check("aaaaaaaaaaab", null)).isEmpty();
    }

    @Test
    void refuses_short_passwords_overlong_ones_and_the_email_itself() {
        assertThat(PasswordPolicy.check("short", "ada@example.org")).isPresent();
        assertThat(PasswordPolicy.check("x".repeat(257), "ada@example.org")).isPresent();
        assertThat(PasswordPolicy.check("Ada@Example.org", "ada@example.org"))
                .hasValue("must not be your e-mail address");
    }

    @Test
    void emails_are_one_account_whatever_their_case() {
        assertThat(new Email(" Ada@Example.ORG ")).isEqualTo(new Email("ada@example.org"));
        assertThat(Email.isValid("not-an-email")).isFalse();
    }
}
