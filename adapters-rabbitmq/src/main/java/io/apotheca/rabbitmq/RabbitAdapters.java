package io.apotheca.rabbitmq;

import io.apotheca.application.events.port.out.EventPublisher;

/**
 * The RabbitMQ adapter's one factory: a publisher of the pharmacy's events to the broker, which
 * connects on first use and is closed with the pharmacy.
 */
public final class RabbitAdapters implements AutoCloseable {

    private final RabbitEventPublisher publisher;

    private RabbitAdapters(RabbitEventPublisher publisher) {
        this.publisher = publisher;
    }

    /** The adapter for the broker the settings name; nothing connects until the first event. */
    public static RabbitAdapters connect(RabbitSettings settings) {
        return new RabbitAdapters(new RabbitEventPublisher(settings));
    }

    /** Publishes to the broker's topic exchange, counting an event only once the broker confirmed it. */
    public EventPublisher publisher() {
        return publisher;
    }

    @Override
    public void close() {
        publisher.close();
    }
}
