package io.apotheca.application.outbound;

import io.apotheca.application.events.EventTypes;
import io.apotheca.application.outbound.port.in.ManageWebhookEndpointsUseCase;
import io.apotheca.application.outbound.port.out.EventDeliveries.DeliveryRecord;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.webhook.SigningSecrets;
import io.apotheca.domain.webhook.WebhookEndpoint;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Webhook endpoints as administrators run them. A URL must be absolute HTTP(S), without
 * credentials, and one the transport will post to (no private, loopback or link-local address
 * unless the operator allows them); event types must be ones the pharmacy publishes.
 */
final class WebhookEndpointService implements ManageWebhookEndpointsUseCase {

    private static final int MAX_URL = 2000;
    private static final int MAX_LOG = 100;

    private final OutboundPorts ports;

    WebhookEndpointService(OutboundPorts ports) {
        this.ports = ports;
    }

    @Override
    public Outcome<Registered> register(Caller caller, EndpointRequest request) {
        return Access.admin(caller).then(admin -> {
            Validation validation = new Validation();
            Optional<URI> url = url(validation, request.url());
            Set<String> types = types(validation, request.eventTypes());
            Optional<Refusal> invalid = validation.refusal();
            if (invalid.isPresent()) {
                return Outcome.refused(invalid.get());
            }
            String secret = newSecret();
            WebhookEndpoint endpoint = new WebhookEndpoint(
                    ports.kernel().ids().next(),
                    url.orElseThrow(),
                    types,
                    request.active() == null || request.active(),
                    SigningSecrets.of(secret),
                    Optional.empty(),
                    admin.userId(),
                    ports.kernel().now());
            return ports.kernel().transactions().inTransaction(() -> {
                ports.endpoints().add(endpoint);
                audit(caller, "webhook_endpoint.registered", endpoint);
                return Outcome.done(new Registered(endpoint, secret));
            });
        });
    }

    @Override
    public Outcome<List<WebhookEndpoint>> list(Caller caller) {
        return Access.admin(caller).then(admin -> Outcome.done(ports.endpoints().all()));
    }

    @Override
    public Outcome<WebhookEndpoint> get(Caller caller, UUID id) {
        return Access.admin(caller)
                .then(admin -> ports.endpoints()
                        .byId(id)
                        .map(Outcome::done)
                        .orElseGet(() -> Outcome.refused(Refusal.notFound())));
    }

    @Override
    public Outcome<WebhookEndpoint> change(Caller caller, UUID id, EndpointChange change) {
        return Access.admin(caller).then(admin -> {
            Validation validation = new Validation();
            Optional<URI> url =
                    change.url().isPresent() ? url(validation, change.url().get()) : Optional.empty();
            Optional<Set<String>> types = change.eventTypes().map(t -> types(validation, t));
            Optional<Refusal> invalid = validation.refusal();
            if (invalid.isPresent()) {
                return Outcome.refused(invalid.get());
            }
            return locked(id, endpoint -> {
                WebhookEndpoint changed = endpoint.change(
                        url.orElse(endpoint.url()),
                        types.orElse(endpoint.eventTypes()),
                        change.active().orElse(endpoint.active()));
                ports.endpoints().update(changed);
                if (changed.active() && !endpoint.active()) {
                    // turned on again: what waited is sent now, with three days of its own
                    ports.deliveries().restart(id, ports.kernel().now());
                }
                audit(caller, "webhook_endpoint.changed", changed);
                return Outcome.done(changed);
            });
        });
    }

    @Override
    public Outcome<WebhookEndpoint> delete(Caller caller, UUID id) {
        return Access.admin(caller)
                .then(admin -> locked(id, endpoint -> {
                    ports.endpoints().delete(id);
                    audit(caller, "webhook_endpoint.deleted", endpoint);
                    return Outcome.done(endpoint);
                }));
    }

    @Override
    public Outcome<Registered> rollSecret(Caller caller, UUID id, Duration overlap) {
        return Access.admin(caller).then(admin -> {
            if (overlap.isNegative() || overlap.compareTo(SigningSecrets.MAX_OVERLAP) > 0) {
                return Outcome.refused(new Validation()
                        .problem("overlapSeconds", "must be between 0 and " + SigningSecrets.MAX_OVERLAP.toSeconds())
                        .refusal()
                        .orElseThrow());
            }
            String secret = newSecret();
            return locked(id, endpoint -> {
                WebhookEndpoint rolled = endpoint.withSecrets(
                        endpoint.secrets().roll(secret, ports.kernel().now(), overlap));
                ports.endpoints().update(rolled);
                audit(caller, "webhook_endpoint.secret_rolled", rolled);
                return Outcome.done(new Registered(rolled, secret));
            });
        });
    }

    @Override
    public Outcome<List<DeliveryRecord>> deliveries(Caller caller, UUID id, int limit) {
        return get(caller, id)
                .then(endpoint -> Outcome.done(ports.deliveries().log(id, Math.max(1, Math.min(limit, MAX_LOG)))));
    }

    @Override
    public Outcome<DeliveryRecord> redeliver(Caller caller, UUID id, long deliveryId) {
        return Access.admin(caller)
                .then(admin -> locked(id, endpoint -> {
                    if (ports.deliveries().byId(id, deliveryId).isEmpty()) {
                        return Outcome.refused(Refusal.notFound());
                    }
                    if (!endpoint.active()) {
                        return Outcome.refused(Refusal.of(
                                CommonReason.INVALID_TRANSITION, "The endpoint is off: turn it on, then redeliver."));
                    }
                    ports.deliveries().requeue(deliveryId, ports.kernel().now());
                    ports.audit()
                            .record(
                                    caller,
                                    "webhook_endpoint.redelivery_requested",
                                    "webhook_endpoint",
                                    id.toString(),
                                    Map.of("deliveryId", Long.toString(deliveryId)));
                    return Outcome.done(ports.deliveries().byId(id, deliveryId).orElseThrow());
                }));
    }

    private <T> Outcome<T> locked(UUID id, Function<WebhookEndpoint, Outcome<T>> action) {
        return ports.kernel()
                .transactions()
                .inTransaction(() -> ports.endpoints()
                        .lockById(id)
                        .map(action)
                        .orElseGet(() -> Outcome.refused(Refusal.notFound())));
    }

    private Optional<URI> url(Validation validation, String text) {
        if (text == null || text.isBlank()) {
            validation.problem("url", "is required");
            return Optional.empty();
        }
        URI url;
        try {
            url = new URI(text.trim());
        } catch (java.net.URISyntaxException e) {
            validation.problem("url", "must be an absolute http or https URL");
            return Optional.empty();
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (text.length() > MAX_URL
                || !(scheme.equals("https") || scheme.equals("http"))
                || url.getHost() == null
                || url.getRawUserInfo() != null
                || url.getRawFragment() != null) {
            validation.problem(
                    "url",
                    "must be an absolute http or https URL, at most " + MAX_URL
                            + " characters, with no user name, password or fragment");
            return Optional.empty();
        }
        Optional<String> refused = ports.transport().refusalOf(url);
        if (refused.isPresent()) {
            validation.problem("url", refused.get());
            return Optional.empty();
        }
        return Optional.of(url);
    }

    private static Set<String> types(Validation validation, List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            validation.problem("eventTypes", "must name at least one event type");
            return Set.of();
        }
        Set<String> types = new LinkedHashSet<>();
        for (String type : requested) {
            if (type == null || !EventTypes.all().contains(type)) {
                validation.problem("eventTypes", "names an event type the pharmacy does not publish: " + type);
            } else {
                types.add(type);
            }
        }
        return types;
    }

    private String newSecret() {
        return "whsec_" + ports.secretTokens().next();
    }

    private void audit(Caller caller, String action, WebhookEndpoint endpoint) {
        ports.audit()
                .record(
                        caller,
                        action,
                        "webhook_endpoint",
                        endpoint.id().toString(),
                        Map.of(
                                "url", endpoint.url().toString(),
                                "active", Boolean.toString(endpoint.active())));
    }
}
