package io.apotheca.application.identity;

import static io.apotheca.application.memory.InMemoryIdentity.anonymous;
import static io.apotheca.application.memory.Outcomes.done;
import static io.apotheca.application.memory.Outcomes.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.identity.port.in.Profile;
import io.apotheca.application.identity.port.in.RegisterCustomerUseCase;
import io.apotheca.application.identity.port.in.RegisterPharmacistUseCase;
import io.apotheca.application.memory.InMemoryIdentity;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.IdentityReason;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.LicenceStatus;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Patients and pharmacists open their accounts; an e-mail or a licence is registered once only. */
class RegistrationScenarioTest {

    private static final String PASSWORD = "correct horse battery staple";

    private final InMemoryIdentity identity = new InMemoryIdentity();
    private final RegisterCustomerUseCase registerCustomer = IdentityUseCases.registerCustomer(identity.ports);
    private final RegisterPharmacistUseCase registerPharmacist = IdentityUseCases.registerPharmacist(identity.ports);
    private final Caller visitor = anonymous("203.0.113.7");

    @Test
    void a_customer_registers_once_and_a_second_registration_with_the_same_email_is_email_taken() {
        User ada = done(registerCustomer.register(
                visitor, new RegisterCustomerUseCase.Registration("ada@example.org", PASSWORD, " Ada Lovelace ")));

        var again = registerCustomer.register(
                visitor,
                new RegisterCustomerUseCase.Registration("ADA@example.org", "another good passphrase", "Ada Again"));

        assertThat(refusal(again)).isEqualTo(IdentityReason.EMAIL_TAKEN);
        assertThat(ada.role()).isEqualTo(Role.CUSTOMER);
        assertThat(ada.fullName()).isEqualTo("Ada Lovelace");
        assertThat(ada.emailVerified()).isFalse();
        assertThat(identity.users.byEmail(new Email("ada@example.org"))).contains(ada);
        assertThat(ada.passwordHash().phc()).doesNotContain(PASSWORD);
        assertThat(identity.ports.hasher().verify(PASSWORD, Optional.of(ada.passwordHash())))
                .isTrue();
        assertThat(identity.outbox.typesOf(ada.id().toString())).containsExactly("account.registered");
    }

    @Test
    void a_common_password_is_refused_and_no_account_is_opened() {
        var refused = registerCustomer.register(
                visitor, new RegisterCustomerUseCase.Registration("bob@example.org", "Password2024!", "Bob"));

        assertThat(refusal(refused)).isEqualTo(CommonReason.VALIDATION_FAILED);
        assertThat(identity.users.byEmail(new Email("bob@example.org"))).isEmpty();
    }

    @Test
    void a_pharmacist_whose_licence_is_taken_is_refused_and_no_account_of_theirs_is_kept() {
        Profile first = done(registerPharmacist.register(visitor, pharmacist("first@example.org", "PH-1234")));

        var copycat = registerPharmacist.register(visitor, pharmacist("copycat@example.org", "PH-1234"));

        assertThat(refusal(copycat)).isEqualTo(IdentityReason.LICENCE_TAKEN);
        assertThat(identity.users.byEmail(new Email("copycat@example.org"))).isEmpty();
        assertThat(identity.users.byEmail(new Email("first@example.org"))).contains(first.user());
        assertThat(identity.licences.of(first.user().id()))
                .hasValueSatisfying(
                        licence -> assertThat(licence.status()).isEqualTo(LicenceStatus.PENDING_VERIFICATION));
        assertThat(done(registerPharmacist.register(visitor, pharmacist("copycat@example.org", "PH-5678")))
                        .user()
                        .role())
                .as("the e-mail of the refused registration is free")
                .isEqualTo(Role.PHARMACIST);
    }

    @Test
    void registrations_from_one_address_stop_at_the_limit() {
        for (int i = 0; i < InMemoryIdentity.REGISTER_LIMIT.count(); i++) {
            done(registerCustomer.register(
                    visitor, new RegisterCustomerUseCase.Registration("n" + i + "@example.org", PASSWORD, "N " + i)));
        }

        var refused = registerCustomer.register(
                visitor, new RegisterCustomerUseCase.Registration("late@example.org", PASSWORD, "Late"));

        assertThat(refusal(refused)).isEqualTo(CommonReason.RATE_LIMITED);
        assertThat(identity.users.byEmail(new Email("late@example.org"))).isEmpty();
    }

    private static RegisterPharmacistUseCase.Registration pharmacist(String email, String licence) {
        return new RegisterPharmacistUseCase.Registration(email, PASSWORD, "Grace Pharmacist", licence, "NL");
    }
}
