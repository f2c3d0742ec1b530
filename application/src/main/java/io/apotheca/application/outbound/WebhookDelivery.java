package io.apotheca.application.outbound;

import io.apotheca.application.events.EventEnvelopes;
import io.apotheca.application.events.PharmacyEvent.WebhookEndpointDisabled;
import io.apotheca.application.events.PublishedEvent;
import io.apotheca.application.outbound.port.in.DeliverEventsUseCase;
import io.apotheca.application.outbound.port.out.EventDeliveries.QueuedDelivery;
import io.apotheca.application.outbound.port.out.WebhookTransport.Attempt;
import io.apotheca.application.shared.Caller;
import io.apotheca.domain.webhook.DeliveryBackoff;
import io.apotheca.domain.webhook.WebhookEndpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each endpoint's due deliveries, oldest first. They are claimed in one short transaction,
 * posted outside any, and each outcome recorded in a transaction of its own, so no lock is held
 * while a receiver takes its time, and a receiver's answer is never rolled back. A failed attempt
 * is tried again after a jittered, doubling wait ({@link DeliveryBackoff#WEBHOOKS}) and ends this
 * round for the endpoint (the rest of the claim is given back), so a receiver that is down costs one
 * timeout per round. A delivery still failing after three days is given up and its endpoint
 * disabled, with the administrator who registered it told.
 */
final class WebhookDelivery implements DeliverEventsUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDelivery.class);
    private static final int BATCH = 10;
    /** Beyond the posts themselves, time to record their outcomes before a claim runs out. */
    private static final Duration CLAIM_MARGIN = Duration.ofSeconds(30);

    private final OutboundPorts ports;

    WebhookDelivery(OutboundPorts ports) {
        this.ports = ports;
    }

    @Override
    public int deliverDue() {
        int delivered = 0;
        for (UUID endpoint : ports.deliveries().endpointsDue(ports.kernel().now())) {
            try {
                delivered += deliverTo(endpoint);
            } catch (RuntimeException failed) {
                // one endpoint's trouble (the database, say) must not starve the others
                LOG.warn("webhook deliveries to endpoint {} stopped this round", endpoint, failed);
            }
        }
        return delivered;
    }

    private int deliverTo(UUID endpointId) {
        Instant now = ports.kernel().now();
        Instant claimedUntil =
                now.plus(ports.transport().longestAttempt().multipliedBy(BATCH)).plus(CLAIM_MARGIN);
        List<QueuedDelivery> claimed = ports.kernel()
                .transactions()
                .inTransaction(() -> ports.deliveries().claimDue(Optional.of(endpointId), now, BATCH, claimedUntil));
        int delivered = 0;
        for (int i = 0; i < claimed.size(); i++) {
            Optional<WebhookEndpoint> endpoint =
                    ports.endpoints().byId(endpointId).filter(WebhookEndpoint::active);
            if (endpoint.isEmpty()) { // turned off meanwhile: it gets nothing more
                release(claimed.subList(i, claimed.size()));
                break;
            }
            if (!send(endpoint.get(), claimed.get(i))) { // a failure ends the endpoint's round
                release(claimed.subList(i + 1, claimed.size()));
                break;
            }
            delivered++;
        }
        return delivered;
    }

    /** One attempt, its outcome recorded; true if the receiver took it (or it is no longer wanted). */
    private boolean send(WebhookEndpoint endpoint, QueuedDelivery delivery) {
        if (!endpoint.eventTypes().contains(delivery.event().type())) {
            ports.kernel().transactions().inTransaction(() -> {
                ports.deliveries().skipped(delivery.id(), ports.kernel().now());
                return null;
            });
            return true;
        }
        List<String> secrets = endpoint.secrets().signingAt(ports.kernel().now());
        Attempt attempt;
        try {
            attempt = ports.transport().post(endpoint.url(), PublishedEvent.of(delivery.event()), secrets);
        } catch (RuntimeException failed) {
            attempt = Attempt.failed("could not be sent: " + failed.getClass().getSimpleName());
        }
        Attempt outcome = attempt;
        return ports.kernel().transactions().inTransaction(() -> record(endpoint.id(), delivery, outcome));
    }

    private boolean record(UUID endpointId, QueuedDelivery delivery, Attempt attempt) {
        Instant now = ports.kernel().now();
        if (attempt.delivered()) {
            ports.deliveries().delivered(delivery.id(), now, attempt.status());
            ports.metrics().count("webhook", "delivered", 1);
            return true;
        }
        String error = attempt.error().orElse("failed");
        Optional<Instant> next = DeliveryBackoff.WEBHOOKS.next(
                delivery.attempts() + 1,
                delivery.queuedAt(),
                now,
                ports.jitter().getAsDouble());
        if (next.isPresent()) {
            ports.deliveries().failed(delivery.id(), now, attempt.status(), error, next.get());
            ports.metrics().count("webhook", "failed", 1);
        } else {
            ports.deliveries().givenUp(delivery.id(), now, attempt.status(), error);
            ports.metrics().count("webhook", "given_up", 1);
            ports.endpoints()
                    .lockById(endpointId)
                    .filter(WebhookEndpoint::active)
                    .ifPresent(this::disable);
        }
        return false;
    }

    /** Turns the endpoint off (read again under its lock, so no change an administrator made is lost). */
    private void disable(WebhookEndpoint endpoint) {
        WebhookEndpoint disabled = endpoint.disable(WebhookEndpoint.DELIVERIES_FAILING);
        ports.endpoints().update(disabled);
        EventEnvelopes.record(ports.outbox(), ports.kernel(), new WebhookEndpointDisabled(disabled));
        ports.audit()
                .record(
                        Caller.system("webhook-delivery"),
                        "webhook_endpoint.disabled",
                        "webhook_endpoint",
                        endpoint.id().toString(),
                        Map.of("reason", WebhookEndpoint.DELIVERIES_FAILING));
    }

    private void release(List<QueuedDelivery> unsent) {
        List<Long> ids = unsent.stream().map(QueuedDelivery::id).toList();
        if (!ids.isEmpty()) {
            ports.kernel().transactions().inTransaction(() -> {
                ports.deliveries().release(ids, ports.kernel().now());
                return null;
            });
        }
    }
}
