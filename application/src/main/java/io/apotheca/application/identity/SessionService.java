package io.apotheca.application.identity;

import io.apotheca.application.identity.port.in.AuthenticateUseCase;
import io.apotheca.application.identity.port.in.LoginUseCase;
import io.apotheca.application.identity.port.in.LogoutUseCase;
import io.apotheca.application.identity.port.in.RefreshSessionUseCase;
import io.apotheca.application.identity.port.in.SessionTokens;
import io.apotheca.application.identity.port.out.Sessions.RefreshToken;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.IdentityReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Sha256;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.PasswordHash;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Signing in and out, refreshing, and recognising the bearer of an access token. */
final class SessionService implements LoginUseCase, RefreshSessionUseCase, LogoutUseCase, AuthenticateUseCase {

    /** How long an address an account signed in from stays its own for the account's login limit. */
    static final Duration KNOWN_ADDRESS_MEMORY = Duration.ofDays(90);

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
        Optional<Duration> accountWait = accountThrottled(caller, credentials.email(), user);
        if (accountWait.isPresent()) {
            return Outcome.refused(Refusal.rateLimited(accountWait.get()));
        }
        // the hasher does the same work with or without an account, so timing tells nothing
        boolean matches = ports.hasher().verify(credentials.password(), user.map(User::passwordHash));
        if (!matches || !user.get().active()) {
            if (Email.isValid(credentials.email())) {
                ports.rateLimiter().tryAcquire(accountKey(credentials.email()), ports.accountLoginLimit());
            }
            return Outcome.refused(invalidCredentials());
        }
        User signedIn = user.get();
        Optional<PasswordHash> stronger = ports.hasher().needsRehash(signedIn.passwordHash())
                ? Optional.of(ports.hasher().hash(credentials.password()))
                : Optional.empty();
        return ports.kernel().transactions().inTransaction(() -> {
            // replace a weak hash only if the password was not changed meanwhile
            stronger.flatMap(hash -> ports.users()
                            .lock(signedIn.id())
                            .filter(locked -> locked.passwordHash().equals(signedIn.passwordHash()))
                            .map(locked -> locked.withPassword(hash)))
                    .ifPresent(ports.users()::update);
            return Outcome.done(issuer.open(signedIn, caller.clientAddress()));
        });
    }

    /**
     * Failed attempts against one account, from every address together, are counted in a slower
     * bucket, keyed by the e-mail as typed (so a throttled answer says nothing of whether the account
     * exists); a sign-in that succeeds costs nothing. While the bucket is empty, only the networks
     * the account itself signed in from in the last {@link #KNOWN_ADDRESS_MEMORY} get through to the
     * password check: many strangers cannot guess at one password, and its owner, at home or on
     * their usual carrier, still signs in. An owner on a network new to the account waits for the
     * bucket to refill, or resets the password by e-mail.
     */
    private Optional<Duration> accountThrottled(Caller caller, String email, Optional<User> user) {
        if (!Email.isValid(email)) {
            return Optional.empty();
        }
        Optional<Duration> wait = ports.rateLimiter().waitFor(accountKey(email), ports.accountLoginLimit());
        if (wait.isEmpty()) {
            return wait;
        }
        Instant since = ports.kernel().clock().instant().minus(KNOWN_ADDRESS_MEMORY);
        boolean knownNetwork = user.filter(account -> ports.sessions()
                        .signedInFrom(account.id(), SessionIssuer.clientDigest(account, caller.clientAddress()), since))
                .isPresent();
        return knownNetwork ? Optional.empty() : wait;
    }

    private static String accountKey(String email) {
        return "login-account:" + email.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public Outcome<SessionTokens> refresh(Caller caller, String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return Outcome.refused(
                    Refusal.invalid(java.util.List.of(new Refusal.FieldProblem("refreshToken", "is required"))));
        }
        String hash = Sha256.hex(refreshToken);
        Instant now = ports.kernel().clock().instant();
        return ports.kernel().transactions().inTransaction(() -> {
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
                .then(principal -> ports.kernel().transactions().inTransaction(() -> {
                    Instant now = ports.kernel().clock().instant();
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
        // the token proves who signed in; what they may do is the account's role now, not the claim
        // a prescriber's system is no account: its token stands while the client is not revoked
        return ports.accessTokens()
                .read(accessToken)
                .flatMap(claimed -> claimed.role() == Role.PRESCRIBER_SYSTEM
                        ? new ApiClientService(ports).authenticate(claimed)
                        : ports.sessions()
                                .liveRole(claimed.sessionId(), claimed.userId())
                                .filter(role -> role != Role.PRESCRIBER_SYSTEM)
                                .map(role -> new Principal(claimed.userId(), role, claimed.sessionId())));
    }

    private static Refusal invalidCredentials() {
        return Refusal.of(IdentityReason.INVALID_CREDENTIALS, "The e-mail or password is not correct.");
    }

    private static Refusal invalidToken() {
        return Refusal.of(IdentityReason.INVALID_TOKEN, "The refresh token is not valid.");
    }
}
