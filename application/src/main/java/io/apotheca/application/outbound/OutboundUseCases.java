package io.apotheca.application.outbound;

import io.apotheca.application.events.port.out.EventPublisher;
import io.apotheca.application.outbound.port.in.DeliverEventsUseCase;
import io.apotheca.application.outbound.port.in.ManageWebhookEndpointsUseCase;
import java.util.Optional;

/** Builds the use cases that send events out, from their ports. */
public final class OutboundUseCases {

    private OutboundUseCases() {}

    /** Queues each relayed event for its destinations: a consumer of the event relay. */
    public static EventPublisher fanOut(OutboundPorts ports) {
        return new EventFanOut(ports);
    }

    /** Delivers the broker's queue, when a broker is configured. */
    public static Optional<DeliverEventsUseCase> brokerDelivery(OutboundPorts ports) {
        return ports.broker().map(broker -> new BrokerDelivery(ports, broker));
    }

    /** Delivers every webhook endpoint's queue. */
    public static DeliverEventsUseCase webhookDelivery(OutboundPorts ports) {
        return new WebhookDelivery(ports);
    }

    /** What administrators do with webhook endpoints. */
    public static ManageWebhookEndpointsUseCase manageEndpoints(OutboundPorts ports) {
        return new WebhookEndpointService(ports);
    }
}
