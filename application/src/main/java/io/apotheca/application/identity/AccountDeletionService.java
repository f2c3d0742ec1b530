package io.apotheca.application.identity;

import io.apotheca.application.events.EventEnvelopes;
import io.apotheca.application.events.PharmacyEvent.AccountDeleted;
import io.apotheca.application.identity.port.in.DeleteAccountUseCase;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.IdentityReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.identity.AccountTokenPurpose;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Deleting an account: personal data (name, e-mail, order addresses, cart) are anonymised, the
 * records the pharmacy must retain stay and point at the anonymised account, every session ends, and
 * the deletion is audited. Administrator accounts are not deleted this way: another administrator
 * must stay accountable for them.
 */
final class AccountDeletionService implements DeleteAccountUseCase {

    private final IdentityPorts ports;

    AccountDeletionService(IdentityPorts ports) {
        this.ports = ports;
    }

    @Override
    public Outcome<Boolean> deleteOwn(Caller caller, String password) {
        return Access.signedIn(caller).then(principal -> {
            Optional<User> current = ports.users().byId(principal.userId()).filter(u -> !u.deleted());
            if (current.isEmpty()) {
                return Outcome.refused(Refusal.unauthenticated());
            }
            if (password == null || password.isEmpty()) {
                return Outcome.refused(Refusal.invalid(List.of(new Refusal.FieldProblem("password", "is required"))));
            }
            // a stolen access token must not become a free password-guessing oracle
            Optional<Refusal> limited = ports.rateLimiter()
                    .tryAcquire("password:" + principal.userId(), ports.loginLimit())
                    .map(Refusal::rateLimited);
            if (limited.isPresent()) {
                return Outcome.refused(limited.get());
            }
            if (!ports.hasher().verify(password, Optional.of(current.get().passwordHash()))) {
                return Outcome.refused(
                        Refusal.invalid(List.of(new Refusal.FieldProblem("password", "is not your current password"))));
            }
            return delete(caller, current.get().id(), Map.of("by", "owner"));
        });
    }

    @Override
    public Outcome<Boolean> delete(Caller caller, UUID userId, String reason) {
        return Access.admin(caller).then(admin -> {
            Optional<Refusal> invalid =
                    new Validation().text("reason", reason, 1000).refusal();
            if (invalid.isPresent()) {
                return Outcome.refused(invalid.get());
            }
            return delete(caller, new UserId(userId), Map.of("by", "administrator", "reason", reason.trim()));
        });
    }

    /**
     * One transaction: the account locked (a checkout of the same customer waits, or is waited for),
     * no order under way, then everything that names the person replaced. The cart is emptied after
     * the commit: a cart kept in Redis cannot roll back.
     */
    private Outcome<Boolean> delete(Caller caller, UserId id, Map<String, String> details) {
        Outcome<Boolean> deleted = ports.kernel().transactions().inTransaction(() -> {
            Optional<User> account = ports.users().lock(id).filter(u -> !u.deleted());
            if (account.isEmpty()) {
                return Outcome.refused(Refusal.notFound());
            }
            User user = account.get();
            if (user.role() == Role.ADMIN) {
                return Outcome.refused(Refusal.of(
                        IdentityReason.ACCOUNT_NOT_DELETABLE,
                        "An administrator account cannot be deleted; have it deactivated instead."));
            }
            if (ports.personalRecords().hasOrderInFlight(id)) {
                return Outcome.refused(Refusal.of(
                        IdentityReason.ORDER_IN_FLIGHT,
                        "An order is still under way; the account can be deleted once it is delivered or "
                                + "cancelled."));
            }
            Instant now = ports.kernel().clock().instant();
            User anonymised = user.anonymised(now);
            ports.users().update(anonymised);
            ports.personalRecords().anonymiseOrders(id);
            ports.sessions().revokeAll(id, "account deleted", now);
            for (AccountTokenPurpose purpose : AccountTokenPurpose.values()) {
                ports.accountTokens().discard(id, purpose);
            }
            ports.audit().record(caller, "account.deleted", "user", id.toString(), details);
            EventEnvelopes.record(ports.outbox(), ports.kernel(), new AccountDeleted(anonymised));
            return Outcome.done(true);
        });
        if (deleted instanceof Outcome.Done<Boolean>) {
            ports.personalRecords().forgetCart(id);
        }
        return deleted;
    }
}
