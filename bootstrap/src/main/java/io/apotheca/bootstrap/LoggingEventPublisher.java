package io.apotheca.bootstrap;

import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.events.port.out.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The default publisher until a broker adapter is configured: one JSON log line per event, with its
 * id, type and record as fields (docs/events.md says how a broker plugs in).
 */
final class LoggingEventPublisher implements EventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger("io.apotheca.events");

    @Override
    public void publish(DomainEvent event) {
        try (var id = MDC.putCloseable("eventId", event.id().toString());
                var type = MDC.putCloseable("eventType", event.type());
                var aggregate = MDC.putCloseable("aggregateId", event.aggregateId())) {
            LOG.info("{} {} {}", event.type(), event.aggregateId(), event.data());
        }
    }
}
