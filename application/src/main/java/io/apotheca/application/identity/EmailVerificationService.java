package io.apotheca.application.identity;

import io.apotheca.application.events.EventEnvelopes;
import io.apotheca.application.events.PharmacyEvent.AccountVerificationRequested;
import io.apotheca.application.identity.port.in.ResendVerificationUseCase;
import io.apotheca.application.identity.port.in.VerifyEmailUseCase;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.IdentityReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.RateLimit;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Sha256;
import io.apotheca.domain.identity.AccountTokenPurpose;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Proving an e-mail address: following the link mailed at registration, or asking for a new one. */
final class EmailVerificationService implements VerifyEmailUseCase, ResendVerificationUseCase {

    /** New links per account: enough for a lost mail or two, too few to flood an inbox. */
    static final RateLimit RESEND_LIMIT = new RateLimit(3, Duration.ofHours(1));

    private final IdentityPorts ports;

    EmailVerificationService(IdentityPorts ports) {
        this.ports = ports;
    }

    @Override
    public Outcome<User> verify(Caller caller, String token) {
        Optional<Refusal> limited = LinkTokens.limit(ports, caller);
        if (limited.isPresent()) {
            return Outcome.refused(limited.get());
        }
        if (!LinkTokens.wellFormed(token)) {
            return Outcome.refused(LinkTokens.invalidLink());
        }
        return ports.kernel().transactions().allOrNothing(() -> {
            Instant now = ports.kernel().clock().instant();
            Optional<User> account = ports.accountTokens()
                    .use(AccountTokenPurpose.EMAIL_VERIFICATION, Sha256.hex(token), now)
                    .flatMap(ports.users()::lock)
                    .filter(u -> !u.deleted());
            if (account.isEmpty()) {
                return Outcome.refused(LinkTokens.invalidLink()); // a link spent on no account is not spent
            }
            User user = account.get();
            UserId owner = user.id();
            User verified = user.withEmailVerified(now);
            ports.users().update(verified);
            ports.accountTokens().discard(owner, AccountTokenPurpose.EMAIL_VERIFICATION);
            return Outcome.done(verified);
        });
    }

    @Override
    public Outcome<Boolean> resend(Caller caller) {
        return Access.signedIn(caller).then(principal -> {
            Optional<User> user = ports.users().byId(principal.userId());
            if (user.isEmpty() || user.get().deleted()) {
                return Outcome.refused(Refusal.unauthenticated());
            }
            if (user.get().emailVerified()) {
                return Outcome.refused(
                        Refusal.of(IdentityReason.EMAIL_ALREADY_VERIFIED, "This e-mail address is already verified."));
            }
            Optional<Refusal> limited = ports.rateLimiter()
                    .tryAcquire("verification-mail:" + principal.userId(), RESEND_LIMIT)
                    .map(Refusal::rateLimited);
            if (limited.isPresent()) {
                return Outcome.refused(limited.get());
            }
            return ports.kernel().transactions().inTransaction(() -> {
                EventEnvelopes.record(ports.outbox(), ports.kernel(), new AccountVerificationRequested(user.get()));
                return Outcome.done(true);
            });
        });
    }
}
