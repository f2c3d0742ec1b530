package io.apotheca.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final Instant REGISTERED = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-02T10:00:00Z");

    private final User ada = new User(
            new UserId(UUID.fromString("0190f000-0000-7000-8000-000000000001")),
            new Email("Ada@Example.org"),
            "Ada Lovelace",
            Role.CUSTOMER,
            true,
            new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"),
            REGISTERED);

    @Test
    void a_new_account_has_not_verified_its_email_and_is_not_deleted() {
        assertThat(ada.emailVerified()).isFalse();
        assertThat(ada.deleted()).isFalse();
    }

    @Test
    void the_first_verification_is_the_one_kept() {
        User verified = ada.withEmailVerified(REGISTERED.plusSeconds(60));

        assertThat(verified.withEmailVerified(LATER).emailVerifiedAt()).contains(REGISTERED.plusSeconds(60));
        assertThat(verified.emailVerified()).isTrue();
    }

    @Test
    void a_deleted_account_keeps_its_id_role_and_registration_but_nothing_that_names_the_person() {
        User deleted = ada.withEmailVerified(REGISTERED).anonymised(LATER);

        assertThat(deleted.id()).isEqualTo(ada.id());
        assertThat(deleted.role()).isEqualTo(Role.CUSTOMER);
        assertThat(deleted.createdAt()).isEqualTo(REGISTERED);
        assertThat(deleted.fullName()).isEqualTo(User.DELETED_NAME).doesNotContain("Ada");
        assertThat(deleted.email().value())
                .isEqualTo("deleted-" + ada.id() + "@deleted.invalid")
                .doesNotContain("ada");
        assertThat(deleted.passwordHash()).isEqualTo(PasswordHash.NONE);
        assertThat(deleted.active()).isFalse();
        assertThat(deleted.emailVerifiedAt()).isEmpty();
        assertThat(deleted.deletedAt()).contains(LATER);
        assertThat(deleted.deleted()).isTrue();
    }

    @Test
    void an_account_is_deleted_once() {
        User deleted = ada.anonymised(LATER);

        assertThatThrownBy(() -> deleted.anonymised(LATER.plusSeconds(1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_deleted_account_cannot_be_active() {
        assertThatThrownBy(() -> new User(
                        ada.id(),
                        ada.email(),
                        "x",
                        Role.CUSTOMER,
                        true,
                        PasswordHash.NONE,
                        REGISTERED,
                        Optional.empty(),
                        Optional.of(LATER)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
