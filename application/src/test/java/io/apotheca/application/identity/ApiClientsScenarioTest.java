package io.apotheca.application.identity;

import static io.apotheca.application.memory.InMemoryIdentity.anonymous;
import static io.apotheca.application.memory.InMemoryIdentity.signedIn;
import static io.apotheca.application.memory.Outcomes.done;
import static io.apotheca.application.memory.Outcomes.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.identity.port.in.AuthenticateUseCase;
import io.apotheca.application.identity.port.in.IssueClientTokenUseCase;
import io.apotheca.application.identity.port.in.IssueClientTokenUseCase.ClientToken;
import io.apotheca.application.identity.port.in.ManageApiClientsUseCase;
import io.apotheca.application.identity.port.in.ManageApiClientsUseCase.Registered;
import io.apotheca.application.memory.InMemoryIdentity;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.IdentityReason;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Sha256;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An administrator registers a prescriber's system; it trades its credentials for a token that
 * proves it until it is revoked; a wrong secret, an unknown id and a revoked client hear the same.
 */
class ApiClientsScenarioTest {

    private static final String PRACTICE = "198.51.100.40";

    private final InMemoryIdentity identity = new InMemoryIdentity();
    private final ManageApiClientsUseCase clients = IdentityUseCases.manageApiClients(identity.ports);
    private final IssueClientTokenUseCase tokens = IdentityUseCases.issueClientToken(identity.ports);
    private final AuthenticateUseCase authenticate = IdentityUseCases.authenticate(identity.ports);
    private final Caller admin =
            signedIn(new Principal(new UserId(UUID.randomUUID()), Role.ADMIN, UUID.randomUUID()), "192.0.2.9");

    @Test
    void a_registered_client_gets_a_token_of_its_own_role_and_only_the_hash_of_its_secret_is_kept() {
        Registered registered = done(clients.register(admin, "  Riverside Practice EHR "));

        assertThat(registered.client().name()).isEqualTo("Riverside Practice EHR");
        assertThat(registered.client().secretHash()).isEqualTo(Sha256.hex(registered.secret()));
        assertThat(registered.secret()).hasSizeGreaterThanOrEqualTo(43);
        ClientToken token =
                done(tokens.token(anonymous(PRACTICE), registered.client().id().toString(), registered.secret()));
        Principal principal = authenticate.authenticate(token.accessToken()).orElseThrow();
        assertThat(principal.role()).isEqualTo(Role.PRESCRIBER_SYSTEM);
        assertThat(principal.userId().value()).isEqualTo(registered.client().id());
        assertThat(identity.auditLog.actions()).contains("api_client.registered");
    }

    @Test
    void a_wrong_secret_an_unknown_client_and_a_revoked_one_are_all_invalid_client() {
        Registered registered = done(clients.register(admin, "Soon revoked"));
        String id = registered.client().id().toString();
        String token =
                done(tokens.token(anonymous(PRACTICE), id, registered.secret())).accessToken();

        assertThat(refusal(tokens.token(anonymous(PRACTICE), id, "not the secret")))
                .isEqualTo(IdentityReason.INVALID_CLIENT);
        assertThat(refusal(tokens.token(anonymous(PRACTICE), UUID.randomUUID().toString(), registered.secret())))
                .isEqualTo(IdentityReason.INVALID_CLIENT);
        assertThat(refusal(tokens.token(anonymous(PRACTICE), "not-an-id", null)))
                .isEqualTo(IdentityReason.INVALID_CLIENT);

        assertThat(done(clients.revoke(admin, registered.client().id())).active())
                .isFalse();
        assertThat(authenticate.authenticate(token))
                .as("its tokens stop at once")
                .isEmpty();
        assertThat(refusal(tokens.token(anonymous(PRACTICE), id, registered.secret())))
                .isEqualTo(IdentityReason.INVALID_CLIENT);
        assertThat(done(clients.list(admin)))
                .singleElement()
                .satisfies(c -> assertThat(c.active()).isFalse());
    }

    @Test
    void only_an_administrator_manages_clients() {
        Caller pharmacist =
                signedIn(new Principal(new UserId(UUID.randomUUID()), Role.PHARMACIST, UUID.randomUUID()), PRACTICE);

        assertThat(refusal(clients.register(pharmacist, "Mine"))).isEqualTo(CommonReason.FORBIDDEN);
        assertThat(refusal(clients.list(anonymous(PRACTICE)))).isEqualTo(CommonReason.UNAUTHENTICATED);
        assertThat(refusal(clients.revoke(admin, UUID.randomUUID()))).isEqualTo(CommonReason.NOT_FOUND);
        assertThat(refusal(clients.register(admin, " "))).isEqualTo(CommonReason.VALIDATION_FAILED);
    }
}
