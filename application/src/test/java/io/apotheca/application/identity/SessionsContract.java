package io.apotheca.application.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.identity.port.out.Sessions;
import io.apotheca.application.identity.port.out.Sessions.RefreshToken;
import io.apotheca.application.identity.port.out.Users;
import io.apotheca.application.shared.Sha256;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.PasswordHash;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every store of signed-in sessions must do: a refresh token is spent once, never after it
 * expires or its session is revoked; a spent token is still found, to tell reuse from garbage; and
 * a session names the account's role as it is now. The in-memory fake and the PostgreSQL store each
 * extend this class.
 */
public abstract class SessionsContract {

    private static final Instant SIGNED_IN = Instant.parse("2026-11-30T09:00:00Z");
    private static final Duration LIFETIME = Duration.ofDays(30);

    /** The store under test. */
    protected abstract Sessions sessions();

    /** The accounts the sessions belong to. */
    protected abstract Users users();

    @Test
    void a_refresh_token_is_spent_once_and_a_second_spend_gets_nothing() {
        User user = anAccount(Role.CUSTOMER);
        RefreshToken first = openSession(user, "home");

        assertThat(sessions().spend(first.tokenHash(), SIGNED_IN.plusSeconds(60)))
                .contains(first);
        assertThat(sessions().spend(first.tokenHash(), SIGNED_IN.plusSeconds(61)))
                .isEmpty();
    }

    @Test
    void a_spent_token_is_still_found_and_an_unknown_one_is_not() {
        User user = anAccount(Role.CUSTOMER);
        RefreshToken first = openSession(user, "home");
        sessions().spend(first.tokenHash(), SIGNED_IN.plusSeconds(60));

        assertThat(sessions().find(first.tokenHash())).contains(first);
        assertThat(sessions().find(aHash())).isEmpty();
        assertThat(sessions().spend(aHash(), SIGNED_IN)).isEmpty();
    }

    @Test
    void the_child_of_a_spent_token_is_spent_in_its_turn_and_names_its_parent() {
        User user = anAccount(Role.CUSTOMER);
        RefreshToken first = openSession(user, "home");
        sessions().spend(first.tokenHash(), SIGNED_IN.plusSeconds(60));
        RefreshToken child = new RefreshToken(
                UUID.randomUUID(),
                first.sessionId(),
                Optional.of(first.id()),
                user.id(),
                aHash(),
                SIGNED_IN.plusSeconds(60).plus(LIFETIME));

        sessions().addToken(child);

        assertThat(sessions().find(child.tokenHash())).contains(child);
        assertThat(sessions().spend(child.tokenHash(), SIGNED_IN.plusSeconds(120)))
                .hasValueSatisfying(spent -> assertThat(spent.parentId()).contains(first.id()));
    }

    @Test
    void an_expired_token_cannot_be_spent() {
        User user = anAccount(Role.CUSTOMER);
        RefreshToken first = openSession(user, "home");

        assertThat(sessions().spend(first.tokenHash(), first.expiresAt())).isEmpty();
        assertThat(sessions().spend(first.tokenHash(), first.expiresAt().plusSeconds(1)))
                .isEmpty();
        assertThat(sessions().spend(first.tokenHash(), first.expiresAt().minusSeconds(1)))
                .as("it was not spent by the attempts that came too late")
                .contains(first);
    }

    @Test
    void a_revoked_session_spends_no_token_and_has_no_live_role() {
        User user = anAccount(Role.CUSTOMER);
        RefreshToken first = openSession(user, "home");

        sessions().revoke(first.sessionId(), "logout", SIGNED_IN.plusSeconds(60));

        assertThat(sessions().spend(first.tokenHash(), SIGNED_IN.plusSeconds(61)))
                .isEmpty();
        assertThat(sessions().liveRole(first.sessionId(), user.id())).isEmpty();
        assertThat(sessions().find(first.tokenHash())).contains(first);
    }

    @Test
    void revoking_all_of_an_accounts_sessions_ends_each_of_them_and_no_one_elses() {
        User user = anAccount(Role.CUSTOMER);
        User other = anAccount(Role.CUSTOMER);
        RefreshToken phone = openSession(user, "phone");
        RefreshToken laptop = openSession(user, "laptop");
        RefreshToken theirs = openSession(other, "home");

        sessions().revokeAll(user.id(), "password changed", SIGNED_IN.plusSeconds(60));

        assertThat(sessions().spend(phone.tokenHash(), SIGNED_IN.plusSeconds(61)))
                .isEmpty();
        assertThat(sessions().spend(laptop.tokenHash(), SIGNED_IN.plusSeconds(61)))
                .isEmpty();
        assertThat(sessions().liveRole(phone.sessionId(), user.id())).isEmpty();
        assertThat(sessions().liveRole(laptop.sessionId(), user.id())).isEmpty();
        assertThat(sessions().liveRole(theirs.sessionId(), other.id())).contains(Role.CUSTOMER);
        assertThat(sessions().spend(theirs.tokenHash(), SIGNED_IN.plusSeconds(61)))
                .contains(theirs);
    }

    @Test
    void the_live_role_is_the_accounts_role_now_and_none_once_it_is_deactivated() {
        User user = anAccount(Role.CUSTOMER);
        RefreshToken first = openSession(user, "home");
        assertThat(sessions().liveRole(first.sessionId(), user.id())).contains(Role.CUSTOMER);

        users().update(withRoleAndActive(user, Role.PHARMACIST, true));
        assertThat(sessions().liveRole(first.sessionId(), user.id())).contains(Role.PHARMACIST);

        users().update(withRoleAndActive(user, Role.PHARMACIST, false));
        assertThat(sessions().liveRole(first.sessionId(), user.id())).isEmpty();
    }

    @Test
    void a_session_has_no_live_role_for_another_account_or_when_unknown() {
        User user = anAccount(Role.CUSTOMER);
        User other = anAccount(Role.ADMIN);
        RefreshToken first = openSession(user, "home");

        assertThat(sessions().liveRole(first.sessionId(), other.id())).isEmpty();
        assertThat(sessions().liveRole(UUID.randomUUID(), user.id())).isEmpty();
    }

    @Test
    void an_account_signed_in_from_a_network_since_a_moment_only_when_a_session_opened_there_then() {
        User user = anAccount(Role.CUSTOMER);
        User other = anAccount(Role.CUSTOMER);
        openSession(user, "home");

        assertThat(sessions().signedInFrom(user.id(), "home", SIGNED_IN)).isTrue();
        assertThat(sessions().signedInFrom(user.id(), "home", SIGNED_IN.minusSeconds(3600)))
                .isTrue();
        assertThat(sessions().signedInFrom(user.id(), "home", SIGNED_IN.plusSeconds(1)))
                .isFalse();
        assertThat(sessions().signedInFrom(user.id(), "elsewhere", SIGNED_IN.minusSeconds(3600)))
                .isFalse();
        assertThat(sessions().signedInFrom(other.id(), "home", SIGNED_IN.minusSeconds(3600)))
                .isFalse();
    }

    /** Opens a session of the account at {@link #SIGNED_IN} from the network with this digest. */
    private RefreshToken openSession(User user, String clientDigest) {
        UUID sessionId = UUID.randomUUID();
        RefreshToken first = new RefreshToken(
                UUID.randomUUID(), sessionId, Optional.empty(), user.id(), aHash(), SIGNED_IN.plus(LIFETIME));
        sessions().open(sessionId, user.id(), clientDigest, SIGNED_IN, first);
        return first;
    }

    private User anAccount(Role role) {
        UserId id = new UserId(UUID.randomUUID());
        User user = new User(
                id,
                new Email("sam-" + id.value() + "@example.org"),
                "Sam Weller",
                role,
                true,
                new PasswordHash("$argon2id$stand-in"),
                SIGNED_IN.minus(Duration.ofDays(1)));
        assertThat(users().add(user)).isTrue();
        return user;
    }

    /** The account as an administrator left it: its role and whether it is active changed. */
    static User withRoleAndActive(User user, Role role, boolean active) {
        return new User(
                user.id(),
                user.email(),
                user.fullName(),
                role,
                active,
                user.passwordHash(),
                user.createdAt(),
                user.emailVerifiedAt(),
                user.deletedAt());
    }

    private static String aHash() {
        return Sha256.hex(UUID.randomUUID().toString());
    }
}
