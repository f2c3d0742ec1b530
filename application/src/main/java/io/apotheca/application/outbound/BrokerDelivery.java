package io.apotheca.application.outbound;

import io.apotheca.application.events.port.out.EventPublisher;
import io.apotheca.application.outbound.port.in.DeliverEventsUseCase;
import io.apotheca.application.outbound.port.out.EventDeliveries.QueuedDelivery;
import io.apotheca.domain.webhook.DeliveryBackoff;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Hands the broker's due deliveries over as one batch, which counts only once the broker confirmed
 * all of it. The batch is claimed first, published outside any transaction, and its outcome
 * recorded after. If the broker is away the batch is tried again with back-off, for as long as it
 * takes: an outage delays events and loses none (a batch half taken before the failure comes
 * again, with the same event ids).
 */
final class BrokerDelivery implements DeliverEventsUseCase {

    private static final int BATCH = 200;
    /** Longer than connecting and waiting for the broker's confirms, with room to record the outcome. */
    private static final Duration CLAIM = Duration.ofMinutes(1);

    private final OutboundPorts ports;
    private final EventPublisher broker;

    BrokerDelivery(OutboundPorts ports, EventPublisher broker) {
        this.ports = ports;
        this.broker = broker;
    }

    @Override
    public int deliverDue() {
        Instant now = ports.kernel().now();
        List<QueuedDelivery> claimed = ports.kernel()
                .transactions()
                .inTransaction(() -> ports.deliveries().claimDue(Optional.empty(), now, BATCH, now.plus(CLAIM)));
        if (claimed.isEmpty()) {
            return 0;
        }
        RuntimeException unconfirmed = null;
        try {
            broker.publishAll(claimed.stream().map(QueuedDelivery::event).toList());
        } catch (RuntimeException e) {
            unconfirmed = e;
        }
        String error = unconfirmed == null ? null : String.valueOf(unconfirmed.getMessage());
        ports.kernel().transactions().inTransaction(() -> {
            Instant at = ports.kernel().now();
            for (QueuedDelivery delivery : claimed) {
                if (error == null) {
                    ports.deliveries().delivered(delivery.id(), at, OptionalInt.empty());
                } else {
                    Instant next = DeliveryBackoff.BROKER
                            .next(
                                    delivery.attempts() + 1,
                                    delivery.queuedAt(),
                                    at,
                                    ports.jitter().getAsDouble())
                            .orElseThrow();
                    ports.deliveries().failed(delivery.id(), at, OptionalInt.empty(), error, next);
                }
            }
            return null;
        });
        ports.metrics().count("broker", error == null ? "delivered" : "failed", claimed.size());
        return error == null ? claimed.size() : 0;
    }
}
