package io.apotheca.application.events.port.out;

import io.apotheca.application.events.DomainEvent;

/**
 * Hands an event to the world outside: a message broker, or a log. Throwing means "not delivered":
 * the relay tries again later.
 */
@FunctionalInterface
public interface EventPublisher {

    void publish(DomainEvent event);
}
