package io.apotheca.application.identity;

import static io.apotheca.application.memory.InMemoryIdentity.anonymous;
import static io.apotheca.application.memory.InMemoryIdentity.signedIn;
import static io.apotheca.application.memory.Outcomes.done;
import static io.apotheca.application.memory.Outcomes.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.identity.port.in.AuthenticateUseCase;
import io.apotheca.application.identity.port.in.LoginUseCase;
import io.apotheca.application.identity.port.in.LoginUseCase.Credentials;
import io.apotheca.application.identity.port.in.LogoutUseCase;
import io.apotheca.application.identity.port.in.RefreshSessionUseCase;
import io.apotheca.application.identity.port.in.RegisterCustomerUseCase;
import io.apotheca.application.identity.port.in.SessionTokens;
import io.apotheca.application.memory.InMemoryIdentity;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.IdentityReason;
import io.apotheca.application.shared.Principal;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A patient signs in, stays signed in by refreshing, and signs out; a refresh token presented twice
 * ends its session, and what a session may do is the account's role now.
 */
class SessionsScenarioTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String HOME = "198.51.100.20";

    private final InMemoryIdentity identity = new InMemoryIdentity();
    private final LoginUseCase login = IdentityUseCases.login(identity.ports);
    private final RefreshSessionUseCase refresh = IdentityUseCases.refresh(identity.ports);
    private final LogoutUseCase logout = IdentityUseCases.logout(identity.ports);
    private final AuthenticateUseCase authenticate = IdentityUseCases.authenticate(identity.ports);
    private final User ada = done(IdentityUseCases.registerCustomer(identity.ports)
            .register(
                    anonymous("192.0.2.1"),
                    new RegisterCustomerUseCase.Registration("ada@example.org", PASSWORD, "Ada Lovelace")));

    @Test
    void signing_in_with_the_right_password_opens_a_session_its_access_token_proves() {
        SessionTokens tokens = done(login.login(anonymous(HOME), new Credentials("ada@example.org", PASSWORD)));

        Principal principal = authenticate.authenticate(tokens.accessToken()).orElseThrow();
        assertThat(principal.userId()).isEqualTo(ada.id());
        assertThat(principal.role()).isEqualTo(Role.CUSTOMER);
        assertThat(tokens.expiresIn()).isPositive();
        assertThat(identity.sessions.openCount(ada.id())).isEqualTo(1);
    }

    @Test
    void a_wrong_password_or_an_unknown_email_is_invalid_credentials_and_opens_no_session() {
        var wrong = login.login(anonymous(HOME), new Credentials("ada@example.org", "not my passphrase at all"));
        var unknown = login.login(anonymous(HOME), new Credentials("nobody@example.org", PASSWORD));

        assertThat(refusal(wrong)).isEqualTo(IdentityReason.INVALID_CREDENTIALS);
        assertThat(refusal(unknown)).isEqualTo(IdentityReason.INVALID_CREDENTIALS);
        assertThat(identity.sessions.openCount(ada.id())).isZero();
    }

    @Test
    void past_the_limit_an_address_is_told_to_wait_and_may_try_again_once_the_period_has_passed() {
        Caller guesser = anonymous("203.0.113.66");
        for (int i = 0; i < InMemoryIdentity.LOGIN_LIMIT.count(); i++) {
            assertThat(refusal(login.login(guesser, new Credentials("ada@example.org", "guess number " + i))))
                    .isEqualTo(IdentityReason.INVALID_CREDENTIALS);
        }

        var limited = login.login(guesser, new Credentials("ada@example.org", PASSWORD));
        assertThat(refusal(limited)).isEqualTo(CommonReason.RATE_LIMITED);
        assertThat(identity.sessions.openCount(ada.id())).isZero();

        identity.clock.advance(InMemoryIdentity.LOGIN_LIMIT.period());
        done(login.login(guesser, new Credentials("ada@example.org", PASSWORD)));
        assertThat(identity.sessions.openCount(ada.id())).isEqualTo(1);
    }

    @Test
    void a_refresh_gives_new_tokens_and_spends_the_old_refresh_token() {
        SessionTokens first = done(login.login(anonymous(HOME), new Credentials("ada@example.org", PASSWORD)));
        identity.clock.advance(Duration.ofMinutes(20));
        assertThat(authenticate.authenticate(first.accessToken()))
                .as("the access token expired")
                .isEmpty();

        SessionTokens second = done(refresh.refresh(anonymous(HOME), first.refreshToken()));

        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(authenticate.authenticate(second.accessToken()))
                .hasValueSatisfying(p -> assertThat(p.userId()).isEqualTo(ada.id()));
        SessionTokens third = done(refresh.refresh(anonymous(HOME), second.refreshToken()));
        assertThat(authenticate.authenticate(third.accessToken())).isPresent();
        assertThat(identity.sessions.openCount(ada.id())).isEqualTo(1);
    }

    @Test
    void a_spent_refresh_token_presented_again_is_invalid_and_ends_the_whole_session() {
        SessionTokens first = done(login.login(anonymous(HOME), new Credentials("ada@example.org", PASSWORD)));
        SessionTokens second = done(refresh.refresh(anonymous(HOME), first.refreshToken()));

        var replayed = refresh.refresh(anonymous("203.0.113.66"), first.refreshToken());

        assertThat(refusal(replayed)).isEqualTo(IdentityReason.INVALID_TOKEN);
        assertThat(refusal(refresh.refresh(anonymous(HOME), second.refreshToken())))
                .as("the rightful holder's newer token dies with the session")
                .isEqualTo(IdentityReason.INVALID_TOKEN);
        assertThat(authenticate.authenticate(second.accessToken())).isEmpty();
        assertThat(identity.sessions.openCount(ada.id())).isZero();
    }

    @Test
    void an_unknown_refresh_token_is_invalid_and_ends_no_session() {
        SessionTokens tokens = done(login.login(anonymous(HOME), new Credentials("ada@example.org", PASSWORD)));

        assertThat(refusal(refresh.refresh(anonymous(HOME), "a-token-nobody-issued")))
                .isEqualTo(IdentityReason.INVALID_TOKEN);
        assertThat(authenticate.authenticate(tokens.accessToken())).isPresent();
    }

    @Test
    void signing_out_ends_the_session_for_its_access_and_refresh_tokens_alike() {
        SessionTokens tokens = done(login.login(anonymous(HOME), new Credentials("ada@example.org", PASSWORD)));
        SessionTokens elsewhere = done(login.login(anonymous(HOME), new Credentials("ada@example.org", PASSWORD)));
        Principal principal = authenticate.authenticate(tokens.accessToken()).orElseThrow();

        assertThat(done(logout.logout(signedIn(principal, HOME), tokens.refreshToken())))
                .isTrue();

        assertThat(authenticate.authenticate(tokens.accessToken())).isEmpty();
        assertThat(refusal(refresh.refresh(anonymous(HOME), tokens.refreshToken())))
                .isEqualTo(IdentityReason.INVALID_TOKEN);
        assertThat(authenticate.authenticate(elsewhere.accessToken()))
                .as("another session of the account stays open")
                .isPresent();
        assertThat(refusal(logout.logout(anonymous(HOME), tokens.refreshToken())))
                .isEqualTo(CommonReason.UNAUTHENTICATED);
    }

    @Test
    void an_access_token_counts_for_the_role_the_account_has_now_not_the_one_it_claims() {
        SessionTokens tokens = done(login.login(anonymous(HOME), new Credentials("ada@example.org", PASSWORD)));

        identity.users.update(SessionsContract.withRoleAndActive(ada, Role.PHARMACIST, true));
        assertThat(authenticate.authenticate(tokens.accessToken()))
                .hasValueSatisfying(p -> assertThat(p.role()).isEqualTo(Role.PHARMACIST));

        identity.users.update(SessionsContract.withRoleAndActive(ada, Role.PHARMACIST, false));
        assertThat(authenticate.authenticate(tokens.accessToken())).isEmpty();
        assertThat(refusal(refresh.refresh(anonymous(HOME), tokens.refreshToken())))
                .isEqualTo(IdentityReason.INVALID_TOKEN);
        assertThat(refusal(login.login(anonymous(HOME), new Credentials("ada@example.org", PASSWORD))))
                .isEqualTo(IdentityReason.INVALID_CREDENTIALS);
    }
}
