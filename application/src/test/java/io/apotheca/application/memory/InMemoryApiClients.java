package io.apotheca.application.memory;

import io.apotheca.application.identity.port.out.ApiClients;
import io.apotheca.domain.identity.ApiClient;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** API clients in a map. */
public final class InMemoryApiClients implements ApiClients {

    private final Map<UUID, ApiClient> clients = new ConcurrentHashMap<>();

    @Override
    public void add(ApiClient client) {
        clients.put(client.id(), client);
    }

    @Override
    public Optional<ApiClient> byId(UUID id) {
        return Optional.ofNullable(clients.get(id));
    }

    @Override
    public List<ApiClient> all() {
        return clients.values().stream()
                .sorted(Comparator.comparing((ApiClient c) -> c.registered().at())
                        .reversed())
                .toList();
    }

    @Override
    public void update(ApiClient client) {
        clients.put(client.id(), client);
    }
}
