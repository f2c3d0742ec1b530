package io.apotheca.application.events;

import io.apotheca.application.events.port.in.RelayEventsUseCase;
import io.apotheca.application.events.port.out.EventPublisher;
import io.apotheca.application.events.port.out.Outbox;
import io.apotheca.application.shared.port.out.Transactions;
import java.time.Clock;

/**
 * Publishes a batch of events under the outbox's row locks; an event is marked published only after
 * the publisher took it, so a crash in between publishes it again (at least once). A failing event
 * stops the batch, keeping the order.
 */
public final class EventRelay implements RelayEventsUseCase {

    private static final int BATCH = 100;

    private final Outbox outbox;
    private final EventPublisher publisher;
    private final Transactions transactions;
    private final Clock clock;

    public EventRelay(Outbox outbox, EventPublisher publisher, Transactions transactions, Clock clock) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int relay() {
        return transactions.inTransaction(() -> {
            int published = 0;
            for (DomainEvent event : outbox.lockUnpublished(BATCH)) {
                try {
                    publisher.publish(event);
                } catch (RuntimeException notDelivered) {
                    outbox.markFailed(event.id());
                    break;
                }
                outbox.markPublished(event.id(), clock.instant());
                published++;
            }
            return published;
        });
    }
}
