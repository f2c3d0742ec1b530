package io.apotheca.application.outbound;

import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.events.port.out.EventPublisher;
import io.apotheca.domain.webhook.WebhookEndpoint;
import java.util.Optional;

/**
 * Queues each relayed event for every destination, in the relay's transaction: the broker when one
 * is configured, and each active endpoint that asked for the event's type. The relay takes each
 * event once, so each destination is queued each event once, however many instances run.
 */
final class EventFanOut implements EventPublisher {

    private final OutboundPorts ports;

    EventFanOut(OutboundPorts ports) {
        this.ports = ports;
    }

    @Override
    public void publish(DomainEvent event) {
        if (ports.broker().isPresent()) {
            ports.deliveries().queue(event, Optional.empty(), ports.kernel().now());
        }
        for (WebhookEndpoint endpoint : ports.endpoints().activeFor(event.type())) {
            ports.deliveries()
                    .queue(event, Optional.of(endpoint.id()), ports.kernel().now());
        }
    }
}
