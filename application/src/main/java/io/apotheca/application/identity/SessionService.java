package io.apotheca.application.identity;

import io.apotheca.application.identity.port.in.AuthenticateUseCase;
import io.apotheca.application.identity.port.in.LoginUseCase;
import io.apotheca.application.identity.port.in.LogoutUseCase;
import io.apotheca.application.identity.port.in.RefreshSessionUseCase;
import io.apotheca.application.identity.port.in.SessionTokens;
import io.apotheca.application.identity.port.out.Sessions.RefreshToken;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Commands;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Refusal.Reason;
import io.apotheca.application.shared.Sha256;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.PasswordHash;
import io.apotheca.domain.identity.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Signing in and out, refreshing, and recognising the bearer of an access token. */
final class SessionService implements LoginUseCase, RefreshSessionUseCase, LogoutUseCase, AuthenticateUseCase {

    private final IdentityPorts ports;
    private final SessionIssuer issuer;

    SessionService(IdentityPorts ports) {
        this.ports = ports;
        this.issuer = new SessionIssuer(ports);
    }

    @Override
    public Outcome<SessionTokens> login(Caller caller, Credentials credentials) {
        Optional<Duration> wait = ports.rateLimiter().tryAcquire("login:" + caller.clientAddress(), ports.loginLimit());
        if (wait.isPresent()) {
            return Outcome.refused(Refusal.rateLimited(wait.get()));
        }
        Optional<Refusal> invalid = new Validation()
                .text("email", credentials.email(), 254)
                .text("password", credentials.password(), 1024)
                .refusal();
        if (invalid.isPresent()) {
            return Outcome.refused(invalid.get());
        }
        Optional<User> user = Email.isValid(credentials.email())
                ? ports.users().byEmail(new Email(credentials.email()))
                : Optional.empty();
        // the hasher does the same work with or without an account, so timing tells nothing
        boolean matches = ports.hasher().verify(credentials.password(), user.map(User::passwordHash));
        if (!matches || !user.get().active()) {
            return Outcome.refused(invalidCredentials());
        }
        User signedIn = user.get();
        Optional<PasswordHash> stronger = ports.hasher().needsRehash(signedIn.passwordHash())
                ? Optional.of(ports.hasher().hash(credentials.password()))
                : Optional.empty();
        return Commands.run(ports.transactions(), () -> {
            // replace a weak hash only if the password was not changed meanwhile
            stronger.flatMap(hash -> ports.users()
                            .lock(signedIn.id())
                            .filter(locked -> locked.passwordHash().equals(signedIn.passwordHash()))
                            .map(locked -> locked.withPassword(hash)))
                    .ifPresent(ports.users()::update);
            return Outcome.done(issuer.open(signedIn));
        });
    }

    @Override
    public Outcome<SessionTokens> refresh(Caller caller, String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return Outcome.refused(
                    Refusal.invalid(java.util.List.of(new Refusal.FieldProblem("refreshToken", "is required"))));
        }
        String hash = Sha256.hex(refreshToken);
        Instant now = ports.clock().instant();
        return Commands.run(ports.transactions(), () -> {
            Optional<RefreshToken> spent = ports.sessions().spend(hash, now);
            if (spent.isEmpty()) {
                // a known token that cannot be spent was spent before: whoever holds it now, the
                // session is no longer safe
                ports.sessions()
                        .find(hash)
                        .ifPresent(reused ->
                                ports.sessions().revoke(reused.sessionId(), "refresh token presented again", now));
                return Outcome.refused(invalidToken());
            }
            Optional<User> user = ports.users().byId(spent.get().user()).filter(User::active);
            if (user.isEmpty()) {
                return Outcome.refused(invalidToken());
            }
            return Outcome.done(issuer.rotate(spent.get(), user.get()));
        });
    }

    @Override
    public Outcome<Boolean> logout(Caller caller, String refreshToken) {
        return Access.signedIn(caller)
                .then(principal -> Commands.run(ports.transactions(), () -> {
                    Instant now = ports.clock().instant();
                    ports.sessions().revoke(principal.sessionId(), "logout", now);
                    if (refreshToken != null && !refreshToken.isBlank()) {
                        ports.sessions()
                                .find(Sha256.hex(refreshToken))
                                .filter(token -> token.user().equals(principal.userId()))
                                .ifPresent(token -> ports.sessions().revoke(token.sessionId(), "logout", now));
                    }
                    return Outcome.done(true);
                }));
    }

    @Override
    public Optional<Principal> authenticate(String accessToken) {
        return ports.accessTokens()
                .read(accessToken)
                .filter(principal -> ports.sessions().isLive(principal.sessionId(), principal.userId()));
    }

    private static Refusal invalidCredentials() {
        return Refusal.of(Reason.INVALID_CREDENTIALS, "The e-mail or password is not correct.");
    }

    private static Refusal invalidToken() {
        return Refusal.of(Reason.INVALID_TOKEN, "The refresh token is not valid.");
    }
}
