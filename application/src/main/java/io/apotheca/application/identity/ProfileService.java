package io.apotheca.application.identity;

import io.apotheca.application.identity.port.in.Profile;
import io.apotheca.application.identity.port.in.UpdateProfileUseCase;
import io.apotheca.application.identity.port.in.ViewProfileUseCase;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.identity.PasswordHash;
import io.apotheca.domain.identity.User;
import java.util.List;
import java.util.Optional;

/** An account's owner reads and changes its profile. */
final class ProfileService implements ViewProfileUseCase, UpdateProfileUseCase {

    private final IdentityPorts ports;

    ProfileService(IdentityPorts ports) {
        this.ports = ports;
    }

    @Override
    public Outcome<Profile> profile(Caller caller) {
        return Access.signedIn(caller).then(this::profileOf);
    }

    @Override
    public Outcome<Profile> update(Caller caller, Change change) {
        return Access.signedIn(caller).then(principal -> {
            Optional<User> current = ports.users().byId(principal.userId());
            if (current.isEmpty()) {
                return Outcome.refused(Refusal.unauthenticated());
            }
            User user = current.get();
            Validation validation = new Validation();
            change.fullName().ifPresent(name -> validation.text("fullName", name, 200));
            if (change.newPassword().isPresent()) {
                validation.password(
                        "newPassword",
                        change.newPassword().get(),
                        user.email().value(),
                        ports.commonPasswords()::isCommon);
                if (change.currentPassword().isEmpty()) {
                    validation.problem("currentPassword", "is required to set a new password");
                } else {
                    // a stolen access token must not become a free password-guessing oracle
                    Optional<Refusal> limited = ports.rateLimiter()
                            .tryAcquire("password:" + user.id(), ports.loginLimit())
                            .map(Refusal::rateLimited);
                    if (limited.isPresent()) {
                        return Outcome.refused(limited.get());
                    }
                    if (!ports.hasher().verify(change.currentPassword().get(), Optional.of(user.passwordHash()))) {
                        validation.problem("currentPassword", "is not your current password");
                    }
                }
            }
            Optional<Refusal> invalid = validation.refusal();
            if (invalid.isPresent()) {
                return Outcome.refused(invalid.get());
            }
            Optional<PasswordHash> newHash = change.newPassword().map(ports.hasher()::hash);
            return ports.kernel().transactions().inTransaction(() -> {
                // apply the change to the row as it is now, locked, never to the copy read above
                User locked = ports.users().lock(user.id()).orElseThrow();
                if (newHash.isPresent() && !locked.passwordHash().equals(user.passwordHash())) {
                    return Outcome.refused(Refusal.invalid(List.of(
                            new Refusal.FieldProblem("currentPassword", "was changed meanwhile; sign in again"))));
                }
                User updated = change.fullName()
                        .map(String::trim)
                        .map(locked::withFullName)
                        .orElse(locked);
                updated = newHash.map(updated::withPassword).orElse(updated);
                ports.users().update(updated);
                if (newHash.isPresent()) {
                    ports.sessions()
                            .revokeAll(
                                    updated.id(),
                                    "password changed",
                                    ports.kernel().clock().instant());
                }
                return Outcome.done(new Profile(updated, ports.licences().of(updated.id())));
            });
        });
    }

    private Outcome<Profile> profileOf(Principal principal) {
        return ports.users()
                .byId(principal.userId())
                .<Outcome<Profile>>map(
                        user -> Outcome.done(new Profile(user, ports.licences().of(user.id()))))
                .orElseGet(() -> Outcome.refused(Refusal.unauthenticated()));
    }
}
