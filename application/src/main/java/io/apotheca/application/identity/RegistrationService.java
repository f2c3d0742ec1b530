package io.apotheca.application.identity;

import io.apotheca.application.events.EventEnvelopes;
import io.apotheca.application.events.PharmacyEvent.AccountRegistered;
import io.apotheca.application.identity.port.in.EnsureFirstAdminUseCase;
import io.apotheca.application.identity.port.in.Profile;
import io.apotheca.application.identity.port.in.RegisterCustomerUseCase;
import io.apotheca.application.identity.port.in.RegisterPharmacistUseCase;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.IdentityReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.LicenceNumber;
import io.apotheca.domain.identity.PharmacistLicence.PendingVerification;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Opening accounts: customers and pharmacists register themselves; the first admin comes from configuration. */
final class RegistrationService implements RegisterCustomerUseCase, RegisterPharmacistUseCase, EnsureFirstAdminUseCase {

    private static final int MAX_NAME = 200;

    private final IdentityPorts ports;

    RegistrationService(IdentityPorts ports) {
        this.ports = ports;
    }

    @Override
    public Outcome<User> register(Caller caller, RegisterCustomerUseCase.Registration registration) {
        Optional<Refusal> refused = refuseRegistration(
                caller, registration.email(), registration.password(), registration.fullName(), new Validation());
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        User user = newUser(registration.email(), registration.password(), registration.fullName(), Role.CUSTOMER);
        return ports.kernel().transactions().inTransaction(() -> {
            if (!ports.users().add(user)) {
                return Outcome.refused(emailTaken());
            }
            EventEnvelopes.record(ports.outbox(), ports.kernel(), new AccountRegistered(user));
            return Outcome.done(user);
        });
    }

    @Override
    public Outcome<Profile> register(Caller caller, RegisterPharmacistUseCase.Registration registration) {
        Validation licenceFields = new Validation()
                .text("licenseNumber", registration.licenseNumber(), 64)
                .text("licenseJurisdiction", registration.licenseJurisdiction(), 64);
        Optional<Refusal> refused = refuseRegistration(
                caller, registration.email(), registration.password(), registration.fullName(), licenceFields);
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        User user = newUser(registration.email(), registration.password(), registration.fullName(), Role.PHARMACIST);
        PendingVerification licence = new PendingVerification(
                user.id(),
                new LicenceNumber(registration.licenseNumber(), registration.licenseJurisdiction()),
                user.createdAt());
        return ports.kernel().transactions().allOrNothing(() -> {
            if (!ports.users().add(user)) {
                return Outcome.refused(emailTaken());
            }
            if (!ports.licences().add(licence)) { // the account just added goes with the refusal
                return Outcome.refused(Refusal.of(
                        IdentityReason.LICENCE_TAKEN, "This licence is already registered in this jurisdiction."));
            }
            EventEnvelopes.record(ports.outbox(), ports.kernel(), new AccountRegistered(user));
            return Outcome.done(new Profile(user, Optional.of(licence)));
        });
    }

    @Override
    public Outcome<Boolean> ensure(String email, String password) {
        Optional<Refusal> invalid =
                new Validation().email("APOTHECA_ADMIN_EMAIL", email).refusal();
        if (invalid.isPresent()) {
            return Outcome.refused(invalid.get());
        }
        Optional<User> existing = ports.users().byEmail(new Email(email));
        if (existing.isPresent()) {
            // an administrator made before today's password rules keeps starting the pharmacy
            return existing.get().role() == Role.ADMIN
                    ? Outcome.done(false)
                    : Outcome.refused(Refusal.invalid(List.of(new Refusal.FieldProblem(
                            "APOTHECA_ADMIN_EMAIL", "belongs to an account that is not an administrator"))));
        }
        invalid = new Validation()
                .password("APOTHECA_ADMIN_PASSWORD", password, email, ports.commonPasswords()::isCommon)
                .refusal();
        if (invalid.isPresent()) {
            return Outcome.refused(invalid.get());
        }
        // the operator who configured the address vouches for it
        User admin = newUser(email, password, "Administrator", Role.ADMIN)
                .withEmailVerified(ports.kernel().clock().instant());
        return ports.kernel().transactions().inTransaction(() -> {
            if (!ports.users().add(admin)) {
                return Outcome.done(false);
            }
            ports.audit()
                    .record(
                            Caller.system("start-up"),
                            "admin.created",
                            "user",
                            admin.id().toString(),
                            Map.of("role", "ADMIN"));
            return Outcome.done(true);
        });
    }

    /**
     * Why a registration cannot go ahead, if it cannot: too many from this client address, or
     * invalid fields (the account's, plus any the caller has checked already in {@code more}).
     */
    private Optional<Refusal> refuseRegistration(
            Caller caller, String email, String password, String fullName, Validation more) {
        Optional<Refusal> limited = ports.rateLimiter()
                .tryAcquire("register:" + caller.clientAddress(), ports.registerLimit())
                .map(Refusal::rateLimited);
        if (limited.isPresent()) {
            return limited;
        }
        return more.email("email", email)
                .password("password", password, email, ports.commonPasswords()::isCommon)
                .text("fullName", fullName, MAX_NAME)
                .refusal();
    }

    private User newUser(String email, String password, String fullName, Role role) {
        return new User(
                new UserId(ports.kernel().ids().next()),
                new Email(email),
                fullName.trim(),
                role,
                true,
                ports.hasher().hash(password),
                ports.kernel().clock().instant());
    }

    private static Refusal emailTaken() {
        return Refusal.of(IdentityReason.EMAIL_TAKEN, "An account with this e-mail already exists.");
    }
}
