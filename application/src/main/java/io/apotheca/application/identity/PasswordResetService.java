package io.apotheca.application.identity;

import io.apotheca.application.events.EventEnvelopes;
import io.apotheca.application.events.PharmacyEvent.AccountPasswordResetRequested;
import io.apotheca.application.identity.port.in.RequestPasswordResetUseCase;
import io.apotheca.application.identity.port.in.ResetPasswordUseCase;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.RateLimit;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Sha256;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.identity.AccountTokenPurpose;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.PasswordHash;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A lost password: a reset link is mailed to the address, if an account has it (the answer never
 * says), and the link's holder chooses a new password, which ends every session of the account.
 */
final class PasswordResetService implements RequestPasswordResetUseCase, ResetPasswordUseCase {

    /** Reset requests per client address. */
    static final RateLimit PER_ADDRESS = new RateLimit(10, Duration.ofHours(1));

    /** Reset mails per e-mail address, whoever asks: nobody's inbox is flooded. */
    static final RateLimit PER_EMAIL = new RateLimit(3, Duration.ofHours(1));

    private final IdentityPorts ports;

    PasswordResetService(IdentityPorts ports) {
        this.ports = ports;
    }

    @Override
    public Outcome<Boolean> request(Caller caller, String email) {
        Optional<Refusal> invalid = new Validation().email("email", email).refusal();
        if (invalid.isPresent()) {
            return Outcome.refused(invalid.get());
        }
        Email address = new Email(email);
        Optional<Refusal> limited = ports.rateLimiter()
                .tryAcquire("reset:" + caller.clientAddress(), PER_ADDRESS)
                .or(() -> ports.rateLimiter()
                        .tryAcquire("reset-mail:" + address.value().toLowerCase(Locale.ROOT), PER_EMAIL))
                .map(Refusal::rateLimited);
        if (limited.isPresent()) {
            return Outcome.refused(limited.get());
        }
        return ports.kernel().transactions().inTransaction(() -> {
            ports.users()
                    .byEmail(address)
                    .filter(User::active)
                    .ifPresent(user -> EventEnvelopes.record(
                            ports.outbox(), ports.kernel(), new AccountPasswordResetRequested(user)));
            return Outcome.done(true);
        });
    }

    @Override
    public Outcome<User> reset(Caller caller, NewPassword newPassword) {
        Optional<Refusal> limited = LinkTokens.limit(ports, caller);
        if (limited.isPresent()) {
            return Outcome.refused(limited.get());
        }
        if (!LinkTokens.wellFormed(newPassword.token())) {
            return Outcome.refused(LinkTokens.invalidLink());
        }
        String tokenHash = Sha256.hex(newPassword.token());
        Optional<User> owner = ports.accountTokens()
                .peek(
                        AccountTokenPurpose.PASSWORD_RESET,
                        tokenHash,
                        ports.kernel().clock().instant())
                .flatMap(ports.users()::byId)
                .filter(User::active);
        if (owner.isEmpty()) {
            return Outcome.refused(LinkTokens.invalidLink());
        }
        Optional<Refusal> weak = new Validation()
                .password(
                        "newPassword",
                        newPassword.password(),
                        owner.get().email().value(),
                        ports.commonPasswords()::isCommon)
                .refusal();
        if (weak.isPresent()) {
            return Outcome.refused(weak.get());
        }
        PasswordHash hash = ports.hasher().hash(newPassword.password());
        return ports.kernel().transactions().allOrNothing(() -> {
            Instant now = ports.kernel().clock().instant();
            // the token is spent in this transaction: of two resets racing with one link, one wins
            Optional<User> account = ports.accountTokens()
                    .use(AccountTokenPurpose.PASSWORD_RESET, tokenHash, now)
                    .flatMap(ports.users()::lock)
                    .filter(User::active);
            if (account.isEmpty()) {
                return Outcome.refused(LinkTokens.invalidLink()); // a link spent on no active account is not spent
            }
            User user = account.get();
            UserId id = user.id();
            // following a link mailed to the address proves the address, as verification does
            User changed = user.withPassword(hash).withEmailVerified(now);
            ports.users().update(changed);
            ports.accountTokens().discard(id, AccountTokenPurpose.PASSWORD_RESET);
            ports.sessions().revokeAll(id, "password reset", now);
            return Outcome.done(changed);
        });
    }
}
