package io.apotheca.application.outbound;

import io.apotheca.application.audit.AuditTrail;
import io.apotheca.application.events.port.out.EventPublisher;
import io.apotheca.application.events.port.out.Outbox;
import io.apotheca.application.outbound.port.out.DeliveryMetrics;
import io.apotheca.application.outbound.port.out.EventDeliveries;
import io.apotheca.application.outbound.port.out.WebhookEndpoints;
import io.apotheca.application.outbound.port.out.WebhookTransport;
import io.apotheca.application.shared.Kernel;
import io.apotheca.application.shared.port.out.SecretTokens;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * What sending events out needs.
 *
 * @param endpoints the webhook endpoints
 * @param deliveries the per-destination queue
 * @param transport posts to webhook endpoints
 * @param broker the message broker, when one is configured
 * @param outbox where the pharmacy's own events about endpoints go
 * @param secretTokens new signing secrets
 * @param jitter a random number in [0, 1) for each back-off
 * @param metrics counts deliveries
 * @param audit where administrators' acts on endpoints, and the pharmacy's disabling one, are kept
 * @param kernel the clock, ids and transactions
 */
public record OutboundPorts(
        WebhookEndpoints endpoints,
        EventDeliveries deliveries,
        WebhookTransport transport,
        Optional<EventPublisher> broker,
        Outbox outbox,
        SecretTokens secretTokens,
        DoubleSupplier jitter,
        DeliveryMetrics metrics,
        AuditTrail audit,
        Kernel kernel) {

    public OutboundPorts {
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(deliveries, "deliveries");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(secretTokens, "secretTokens");
        Objects.requireNonNull(jitter, "jitter");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(kernel, "kernel");
    }
}
