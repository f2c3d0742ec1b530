package io.apotheca.application.identity;

import io.apotheca.application.identity.port.in.ResendVerificationUseCase;
import io.apotheca.application.identity.port.in.VerifyEmailUseCase;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Commands;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.RateLimit;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Refusal.Reason;
import io.apotheca.application.shared.RollbackRefusal;
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
        return Commands.run(ports.transactions(), () -> {
            Instant now = ports.clock().instant();
            UserId owner = ports.accountTokens()
                    .use(AccountTokenPurpose.EMAIL_VERIFICATION, Sha256.hex(token), now)
                    .orElseThrow(() -> new RollbackRefusal(LinkTokens.invalidLink()));
            User user = ports.users()
                    .lock(owner)
                    .filter(u -> !u.deleted())
                    .orElseThrow(() -> new RollbackRefusal(LinkTokens.invalidLink()));
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
                        Refusal.of(Reason.EMAIL_ALREADY_VERIFIED, "This e-mail address is already verified."));
            }
            Optional<Refusal> limited = ports.rateLimiter()
                    .tryAcquire("verification-mail:" + principal.userId(), RESEND_LIMIT)
                    .map(Refusal::rateLimited);
            if (limited.isPresent()) {
                return Outcome.refused(limited.get());
            }
            return Commands.run(ports.transactions(), () -> {
                AccountEvents.record(ports, "account.verification_requested", user.get());
                return Outcome.done(true);
            });
        });
    }
}
