package io.apotheca.application.outbound.port.out;

import io.apotheca.domain.webhook.WebhookEndpoint;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The webhook endpoints administrators registered. */
public interface WebhookEndpoints {

    /** Keeps a newly registered endpoint. */
    void add(WebhookEndpoint endpoint);

    /** Keeps the endpoint as changed (its URL, types, state or secrets); read it locked first. */
    void update(WebhookEndpoint endpoint);

    /** The endpoint, as it is now. */
    Optional<WebhookEndpoint> byId(UUID id);

    /** The endpoint, locked until the transaction ends, so two changes to it do not cross. */
    Optional<WebhookEndpoint> lockById(UUID id);

    /** Every endpoint, newest first. */
    List<WebhookEndpoint> all();

    /** Removes the endpoint with its delivery log. */
    void delete(UUID id);

    /** The active endpoints that asked for this event type. */
    List<WebhookEndpoint> activeFor(String eventType);
}
