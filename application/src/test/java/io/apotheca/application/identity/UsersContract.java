package io.apotheca.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.application.identity.port.out.Users;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.PasswordHash;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every store of accounts must do, whatever keeps them: an account reads back as it was
 * stored, and no two accounts ever share an e-mail. The in-memory fake and the PostgreSQL store each
 * extend this class.
 */
public abstract class UsersContract {

    private static final Instant REGISTERED = Instant.parse("2026-11-30T09:00:00Z");

    /** The store under test. */
    protected abstract Users users();

    @Test
    void a_new_account_reads_back_by_id_by_email_and_under_lock() {
        User user = aCustomer();

        assertThat(users().add(user)).isTrue();

        assertThat(users().byId(user.id())).contains(user);
        assertThat(users().byEmail(user.email())).contains(user);
        assertThat(users().lock(user.id())).contains(user);
    }

    @Test
    void an_unknown_account_or_e_mail_is_not_found() {
        assertThat(users().byId(new UserId(UUID.randomUUID()))).isEmpty();
        assertThat(users().lock(new UserId(UUID.randomUUID()))).isEmpty();
        assertThat(users().byEmail(new Email(UUID.randomUUID() + "@example.org")))
                .isEmpty();
    }

    @Test
    void a_second_account_with_a_taken_e_mail_or_id_is_refused_and_the_first_stands() {
        User first = aCustomer();
        users().add(first);
        User second = new User(
                new UserId(UUID.randomUUID()),
                new Email(first.email().value().toUpperCase(java.util.Locale.ROOT)),
                "Someone Else",
                Role.PHARMACIST,
                true,
                new PasswordHash("$argon2id$other"),
                REGISTERED);

        assertThat(users().add(second)).isFalse();
        assertThat(users().add(new User(
                        first.id(),
                        new Email(UUID.randomUUID() + "@example.org"),
                        "Same Id",
                        Role.CUSTOMER,
                        true,
                        first.passwordHash(),
                        REGISTERED)))
                .isFalse();

        assertThat(users().byId(second.id())).isEmpty();
        assertThat(users().byEmail(first.email())).contains(first);
    }

    @Test
    void an_update_stores_the_new_name_password_and_verification() {
        User user = aCustomer();
        users().add(user);
        User changed = user.withFullName("Ada King")
                .withPassword(new PasswordHash("$argon2id$new"))
                .withEmailVerified(REGISTERED.plusSeconds(60));

        users().update(changed);

        assertThat(users().byId(user.id())).contains(changed);
    }

    @Test
    void a_deleted_account_keeps_its_id_and_frees_its_e_mail_for_a_new_registration() {
        User user = aCustomer();
        users().add(user);
        User deleted = user.anonymised(REGISTERED.plusSeconds(3600));

        users().update(deleted);
        User newcomer = new User(
                new UserId(UUID.randomUUID()),
                user.email(),
                "New Owner",
                Role.CUSTOMER,
                true,
                new PasswordHash("$argon2id$newcomer"),
                REGISTERED.plusSeconds(7200));

        assertThat(users().byId(user.id())).contains(deleted);
        assertThat(users().add(newcomer)).isTrue();
        assertThat(users().byEmail(user.email())).contains(newcomer);
    }

    @Test
    void an_update_to_an_e_mail_another_account_holds_is_refused_and_changes_nothing() {
        User mine = aCustomer();
        User theirs = aCustomer();
        users().add(mine);
        users().add(theirs);
        User taking = new User(
                mine.id(),
                theirs.email(),
                mine.fullName(),
                mine.role(),
                mine.active(),
                mine.passwordHash(),
                mine.createdAt());

        assertThatThrownBy(() -> users().update(taking)).isInstanceOf(RuntimeException.class);

        assertThat(users().byId(mine.id())).contains(mine);
        assertThat(users().byEmail(theirs.email())).contains(theirs);
    }

    @Test
    void updating_an_account_never_added_creates_nothing() {
        User stranger = aCustomer();

        users().update(stranger);

        assertThat(users().byId(stranger.id())).isEmpty();
        assertThat(users().byEmail(stranger.email())).isEmpty();
    }

    private static User aCustomer() {
        UserId id = new UserId(UUID.randomUUID());
        return new User(
                id,
                new Email("ada-" + id.value() + "@example.org"),
                "Ada Lovelace",
                Role.CUSTOMER,
                true,
                new PasswordHash("$argon2id$stand-in"),
                REGISTERED);
    }
}
