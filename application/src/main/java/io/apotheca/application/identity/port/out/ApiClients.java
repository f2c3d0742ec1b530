package io.apotheca.application.identity.port.out;

import io.apotheca.domain.identity.ApiClient;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The prescribers' systems registered as API clients. */
public interface ApiClients {

    void add(ApiClient client);

    Optional<ApiClient> byId(UUID id);

    /** Every client, newest first. */
    List<ApiClient> all();

    /** Records a revocation (the client as revoked). */
    void update(ApiClient client);
}
