package io.apotheca.application.identity;

import io.apotheca.application.identity.port.in.IssueClientTokenUseCase;
import io.apotheca.application.identity.port.in.ManageApiClientsUseCase;
import io.apotheca.application.identity.port.out.AccessTokens;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.IdentityReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Sha256;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.identity.ApiClient;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Prescribers' systems as API clients: registered, listed and revoked by an administrator, and
 * signed in with the client-credentials grant. A secret is 256 random bits, so its SHA-256 is kept
 * (a slow password hash protects guessable secrets; this one cannot be guessed), and a wrong secret
 * is told apart from an unknown client by nothing but the same refusal.
 */
final class ApiClientService implements ManageApiClientsUseCase, IssueClientTokenUseCase {

    private final IdentityPorts ports;

    ApiClientService(IdentityPorts ports) {
        this.ports = ports;
    }

    @Override
    public Outcome<Registered> register(Caller caller, String name) {
        return Access.admin(caller).then(admin -> {
            Optional<Refusal> invalid = new Validation().text("name", name, 200).refusal();
            if (invalid.isPresent()) {
                return Outcome.refused(invalid.get());
            }
            String secret = ports.secretTokens().next();
            Instant now = ports.kernel().clock().instant();
            ApiClient client = new ApiClient(
                    ports.kernel().ids().next(),
                    name.trim(),
                    Sha256.hex(secret),
                    new ApiClient.Decision(admin.userId(), now),
                    Optional.empty());
            return ports.kernel().transactions().inTransaction(() -> {
                ports.apiClients().add(client);
                ports.audit()
                        .record(
                                caller,
                                "api_client.registered",
                                "api_client",
                                client.id().toString(),
                                Map.of());
                return Outcome.done(new Registered(client, secret));
            });
        });
    }

    @Override
    public Outcome<List<ApiClient>> list(Caller caller) {
        return Access.admin(caller)
                .then(admin -> Outcome.done(ports.apiClients().all()));
    }

    @Override
    public Outcome<ApiClient> revoke(Caller caller, UUID clientId) {
        return Access.admin(caller)
                .then(admin -> ports.kernel().transactions().inTransaction(() -> {
                    Optional<ApiClient> found = ports.apiClients().byId(clientId);
                    if (found.isEmpty()) {
                        return Outcome.refused(Refusal.notFound());
                    }
                    if (!found.get().active()) {
                        return Outcome.done(found.get());
                    }
                    ApiClient revoked = found.get()
                            .revoke(admin.userId(), ports.kernel().clock().instant());
                    ports.apiClients().update(revoked);
                    ports.audit().record(caller, "api_client.revoked", "api_client", clientId.toString(), Map.of());
                    return Outcome.done(revoked);
                }));
    }

    @Override
    public Outcome<ClientToken> token(Caller caller, String clientId, String clientSecret) {
        Optional<Duration> wait = ports.rateLimiter().tryAcquire("login:" + caller.clientAddress(), ports.loginLimit());
        if (wait.isPresent()) {
            return Outcome.refused(Refusal.rateLimited(wait.get()));
        }
        Optional<ApiClient> client = parse(clientId).flatMap(ports.apiClients()::byId);
        byte[] presented = Sha256.hex(clientSecret == null ? "" : clientSecret).getBytes(StandardCharsets.US_ASCII);
        byte[] kept = client.map(ApiClient::secretHash).orElse("0".repeat(64)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(presented, kept)
                || client.filter(ApiClient::active).isEmpty()) {
            // OAuth 2.0 clients read the error from an "error" member (RFC 6749, section 5.2)
            return Outcome.refused(Refusal.of(
                            IdentityReason.INVALID_CLIENT,
                            "The client id or secret is not correct, or the client was revoked.")
                    .with("error", "invalid_client"));
        }
        UUID id = client.get().id();
        AccessTokens.Issued issued =
                ports.accessTokens().issue(new Principal(new UserId(id), Role.PRESCRIBER_SYSTEM, id));
        return Outcome.done(new ClientToken(issued.token(), issued.validFor()));
    }

    /** The principal a client's token names, while the client is not revoked. */
    Optional<Principal> authenticate(Principal claimed) {
        return ports.apiClients()
                .byId(claimed.sessionId())
                .filter(ApiClient::active)
                .filter(c -> c.id().equals(claimed.userId().value()))
                .map(c -> claimed);
    }

    private static Optional<UUID> parse(String clientId) {
        try {
            return clientId == null ? Optional.empty() : Optional.of(UUID.fromString(clientId.trim()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
