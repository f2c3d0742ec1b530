package io.apotheca.application.outbound.port.in;

import io.apotheca.application.outbound.port.out.EventDeliveries.DeliveryRecord;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.domain.webhook.WebhookEndpoint;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An administrator registers webhook endpoints, changes, lists and removes them, rolls their
 * signing secrets, reads their delivery logs and asks for a delivery again. Every change is
 * audited; a secret is seen once, when it is made.
 */
public interface ManageWebhookEndpointsUseCase {

    Outcome<Registered> register(Caller caller, EndpointRequest request);

    Outcome<List<WebhookEndpoint>> list(Caller caller);

    Outcome<WebhookEndpoint> get(Caller caller, UUID id);

    Outcome<WebhookEndpoint> change(Caller caller, UUID id, EndpointChange change);

    Outcome<WebhookEndpoint> delete(Caller caller, UUID id);

    /** A new secret; the old one keeps signing, beside it, for {@code overlap}. */
    Outcome<Registered> rollSecret(Caller caller, UUID id, Duration overlap);

    /** The endpoint's latest deliveries, newest first. */
    Outcome<List<DeliveryRecord>> deliveries(Caller caller, UUID id, int limit);

    /** Sends a delivery again, as soon as the endpoint's earlier deliveries allow. */
    Outcome<DeliveryRecord> redeliver(Caller caller, UUID id, long deliveryId);

    /**
     * A new endpoint.
     *
     * @param url where to post
     * @param eventTypes the event types it wants
     * @param active whether it is sent anything yet (default: yes)
     */
    record EndpointRequest(String url, List<String> eventTypes, Boolean active) {}

    /** What changes; an empty field stays as it is. */
    record EndpointChange(Optional<String> url, Optional<List<String>> eventTypes, Optional<Boolean> active) {}

    /**
     * An endpoint with a secret just made: the only time the secret is seen.
     *
     * @param endpoint the endpoint
     * @param secret its new signing secret
     */
    record Registered(WebhookEndpoint endpoint, String secret) {}
}
