package io.apotheca.application.identity.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.domain.identity.ApiClient;
import java.util.List;
import java.util.UUID;

/**
 * An administrator registers prescribers' systems as API clients, lists them and revokes them; each
 * act is audited. The secret is shown once, when the client is registered.
 */
public interface ManageApiClientsUseCase {

    Outcome<Registered> register(Caller caller, String name);

    Outcome<List<ApiClient>> list(Caller caller);

    Outcome<ApiClient> revoke(Caller caller, UUID clientId);

    /**
     * A client just registered, with its secret: the only time the secret is seen.
     *
     * @param client the client
     * @param secret its secret, to hand to the prescriber's system
     */
    record Registered(ApiClient client, String secret) {}
}
