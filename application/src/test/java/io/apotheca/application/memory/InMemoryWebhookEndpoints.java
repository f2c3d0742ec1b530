package io.apotheca.application.memory;

import io.apotheca.application.outbound.port.out.WebhookEndpoints;
import io.apotheca.domain.webhook.WebhookEndpoint;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Webhook endpoints in a map; the newest first when listed. */
public final class InMemoryWebhookEndpoints implements WebhookEndpoints {

    private final Map<UUID, WebhookEndpoint> endpoints = new LinkedHashMap<>();

    @Override
    public synchronized void add(WebhookEndpoint endpoint) {
        endpoints.put(endpoint.id(), endpoint);
    }

    @Override
    public synchronized void update(WebhookEndpoint endpoint) {
        endpoints.replace(endpoint.id(), endpoint);
    }

    @Override
    public synchronized Optional<WebhookEndpoint> byId(UUID id) {
        return Optional.ofNullable(endpoints.get(id));
    }

    @Override
    public Optional<WebhookEndpoint> lockById(UUID id) {
        return byId(id);
    }

    @Override
    public synchronized List<WebhookEndpoint> all() {
        return endpoints.values().stream()
                .sorted(Comparator.comparing(WebhookEndpoint::createdAt)
                        .reversed()
                        .thenComparing(WebhookEndpoint::id))
                .toList();
    }

    @Override
    public synchronized void delete(UUID id) {
        endpoints.remove(id);
    }

    @Override
    public synchronized List<WebhookEndpoint> activeFor(String eventType) {
        return endpoints.values().stream()
                .filter(e -> e.wants(eventType))
                .sorted(Comparator.comparing(WebhookEndpoint::id))
                .toList();
    }
}
