package io.apotheca.application.identity;

import static io.apotheca.application.memory.InMemoryIdentity.anonymous;
import static io.apotheca.application.memory.InMemoryIdentity.signedIn;
import static io.apotheca.application.memory.Outcomes.done;
import static io.apotheca.application.memory.Outcomes.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.identity.port.in.LoginUseCase;
import io.apotheca.application.identity.port.in.LoginUseCase.Credentials;
import io.apotheca.application.identity.port.in.RegisterCustomerUseCase;
import io.apotheca.application.identity.port.in.ResetPasswordUseCase.NewPassword;
import io.apotheca.application.identity.port.in.SessionTokens;
import io.apotheca.application.memory.InMemoryIdentity;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.IdentityReason;
import io.apotheca.application.shared.Principal;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.User;
import org.junit.jupiter.api.Test;

/**
 * The two links the pharmacy mails (verify the address, reset the password), each good once; and
 * deleting an account, which an administrator's account never is.
 */
class AccountLinksScenarioTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String NEW_PASSWORD = "a brand new passphrase";
    private static final String HOME = "198.51.100.20";

    private final InMemoryIdentity identity = new InMemoryIdentity();
    private final LoginUseCase login = IdentityUseCases.login(identity.ports);
    private final User ada = done(IdentityUseCases.registerCustomer(identity.ports)
            .register(
                    anonymous(HOME),
                    new RegisterCustomerUseCase.Registration("ada@example.org", PASSWORD, "Ada Lovelace")));

    @Test
    void the_mailed_verification_link_proves_the_address_once_and_a_second_use_is_an_invalid_link() {
        assertThat(identity.deliverMail()).isEqualTo(1);
        String token = identity.linkTokenMailedTo("ada@example.org");

        User verified = done(IdentityUseCases.verifyEmail(identity.ports).verify(anonymous(HOME), token));
        var again = IdentityUseCases.verifyEmail(identity.ports).verify(anonymous(HOME), token);

        assertThat(verified.emailVerifiedAt()).contains(identity.clock.instant());
        assertThat(identity.users.byId(ada.id())).contains(verified);
        assertThat(refusal(again)).isEqualTo(IdentityReason.INVALID_LINK);
        assertThat(identity.accountTokens.issued()).isEmpty();
    }

    @Test
    void a_mailed_reset_link_sets_a_new_password_ends_every_session_and_works_once() {
        SessionTokens before = done(login.login(anonymous(HOME), new Credentials("ada@example.org", PASSWORD)));
        identity.deliverMail(); // the verification mail of the registration

        assertThat(done(IdentityUseCases.requestPasswordReset(identity.ports)
                        .request(anonymous(HOME), "ada@example.org")))
                .isTrue();
        assertThat(identity.deliverMail()).isEqualTo(1);
        String token = identity.linkTokenMailedTo("ada@example.org");
        User reset = done(IdentityUseCases.resetPassword(identity.ports)
                .reset(anonymous(HOME), new NewPassword(token, NEW_PASSWORD)));

        assertThat(reset.emailVerified())
                .as("following a mailed link proves the address")
                .isTrue();
        assertThat(identity.sessions.openCount(ada.id())).isZero();
        assertThat(IdentityUseCases.authenticate(identity.ports).authenticate(before.accessToken()))
                .isEmpty();
        assertThat(refusal(login.login(anonymous(HOME), new Credentials("ada@example.org", PASSWORD))))
                .isEqualTo(IdentityReason.INVALID_CREDENTIALS);
        done(login.login(anonymous(HOME), new Credentials("ada@example.org", NEW_PASSWORD)));
        assertThat(refusal(IdentityUseCases.resetPassword(identity.ports)
                        .reset(anonymous(HOME), new NewPassword(token, "yet another passphrase"))))
                .isEqualTo(IdentityReason.INVALID_LINK);
    }

    @Test
    void a_reset_asked_for_an_unknown_address_is_answered_alike_and_mails_no_one() {
        assertThat(done(IdentityUseCases.requestPasswordReset(identity.ports)
                        .request(anonymous(HOME), "nobody@example.org")))
                .isTrue();

        identity.deliverMail();

        assertThat(identity.mailbox.sent()).noneMatch(mail -> mail.to().value().equals("nobody@example.org"));
    }

    @Test
    void an_administrators_account_is_not_deleted_by_its_owner_nor_by_another_administrator() {
        var ensure = IdentityUseCases.ensureFirstAdmin(identity.ports);
        assertThat(done(ensure.ensure("root@example.org", PASSWORD))).isTrue();
        Caller root = signedInAs("root@example.org");
        User rootAccount = identity.users.byEmail(new Email("root@example.org")).orElseThrow();

        var own = IdentityUseCases.deleteAccount(identity.ports).deleteOwn(root, PASSWORD);
        var byAdmin = IdentityUseCases.deleteAccount(identity.ports)
                .delete(root, rootAccount.id().value(), "tidying up");

        assertThat(refusal(own)).isEqualTo(IdentityReason.ACCOUNT_NOT_DELETABLE);
        assertThat(refusal(byAdmin)).isEqualTo(IdentityReason.ACCOUNT_NOT_DELETABLE);
        assertThat(identity.users.byId(rootAccount.id())).contains(rootAccount);
        assertThat(identity.sessions.openCount(rootAccount.id())).isEqualTo(1);
    }

    @Test
    void a_customer_who_deletes_their_account_is_anonymised_and_signed_out_everywhere() {
        Caller caller = signedInAs("ada@example.org");

        assertThat(done(IdentityUseCases.deleteAccount(identity.ports).deleteOwn(caller, PASSWORD)))
                .isTrue();

        User deleted = identity.users.byId(ada.id()).orElseThrow();
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.fullName()).isEqualTo(User.DELETED_NAME);
        assertThat(identity.users.byEmail(new Email("ada@example.org"))).isEmpty();
        assertThat(identity.sessions.openCount(ada.id())).isZero();
        assertThat(refusal(login.login(anonymous(HOME), new Credentials("ada@example.org", PASSWORD))))
                .isEqualTo(IdentityReason.INVALID_CREDENTIALS);
    }

    /** Signs the account in and answers who it is, as the HTTP adapter does from the access token. */
    private Caller signedInAs(String email) {
        SessionTokens tokens = done(login.login(anonymous(HOME), new Credentials(email, PASSWORD)));
        Principal principal = IdentityUseCases.authenticate(identity.ports)
                .authenticate(tokens.accessToken())
                .orElseThrow();
        return signedIn(principal, HOME);
    }
}
