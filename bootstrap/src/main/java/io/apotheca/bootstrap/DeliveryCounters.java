package io.apotheca.bootstrap;

import io.apotheca.application.outbound.port.out.DeliveryMetrics;
import io.apotheca.application.outbound.port.out.EventDeliveries;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Deliveries in the operator's metrics: {@code apotheca_event_deliveries_total} by destination
 * ({@code broker}, {@code webhook}) and outcome ({@code delivered}, {@code failed}, {@code
 * given_up}), counted by this instance; and {@code apotheca_event_deliveries_pending} by
 * destination, read from the database, the same on every instance. A growing backlog with no
 * deliveries means the broker or a receiver is down.
 */
final class DeliveryCounters implements DeliveryMetrics {

    private final MeterRegistry registry;

    DeliveryCounters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void count(String destination, String outcome, int count) {
        Counter.builder("apotheca.event.deliveries")
                .description("event deliveries attempted, by destination and outcome")
                .tag("destination", destination)
                .tag("outcome", outcome)
                .register(registry)
                .increment(count);
    }

    /** The backlog gauges, read at each scrape. */
    static void bindBacklog(MeterRegistry registry, EventDeliveries deliveries) {
        Gauge.builder(
                        "apotheca.event.deliveries.pending",
                        deliveries,
                        d -> d.backlog().broker())
                .description("event deliveries waiting, by destination")
                .tag("destination", "broker")
                .register(registry);
        Gauge.builder(
                        "apotheca.event.deliveries.pending",
                        deliveries,
                        d -> d.backlog().webhooks())
                .description("event deliveries waiting, by destination")
                .tag("destination", "webhook")
                .register(registry);
    }
}
