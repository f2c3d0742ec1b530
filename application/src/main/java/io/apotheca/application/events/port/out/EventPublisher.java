package io.apotheca.application.events.port.out;

import io.apotheca.application.events.DomainEvent;
import java.util.List;

/**
 * Hands an event to the world outside: a message broker, or a log. Throwing means "not delivered":
 * the relay tries again later.
 */
@FunctionalInterface
public interface EventPublisher {

    void publish(DomainEvent event);

    /**
     * Hands over several events, in order; throwing means none counts as delivered (some may arrive
     * twice later, with the same id). A broker confirms a batch at once; others publish one by one.
     */
    default void publishAll(List<DomainEvent> events) {
        events.forEach(this::publish);
    }
}
