package io.apotheca.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SigningSecretsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void after_a_roll_both_secrets_sign_until_the_overlap_ends_then_only_the_new_one() {
        SigningSecrets rolled = SigningSecrets.of("old").roll("new", NOW, Duration.ofHours(1));

        assertThat(rolled.signingAt(NOW.plusSeconds(3599))).containsExactly("new", "old");
        assertThat(rolled.signingAt(NOW.plusSeconds(3600))).containsExactly("new");
    }

    @Test
    void a_roll_without_overlap_drops_the_old_secret_at_once_and_an_overlap_is_at_most_a_week() {
        assertThat(SigningSecrets.of("old").roll("new", NOW, Duration.ZERO).signingAt(NOW))
                .containsExactly("new");
        assertThatThrownBy(() -> SigningSecrets.of("old").roll("new", NOW, Duration.ofDays(8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
