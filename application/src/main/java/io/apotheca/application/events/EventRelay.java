package io.apotheca.application.events;

import io.apotheca.application.events.port.in.RelayEventsUseCase;
import io.apotheca.application.events.port.out.EventPublisher;
import io.apotheca.application.events.port.out.Outbox;
import io.apotheca.application.shared.port.out.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Publishes a batch of events under the outbox's row locks; the events the publisher took are
 * marked published together, in the same transaction, so a crash before it commits publishes them
 * again (at least once). A failing event stops the batch, keeping the order.
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
            List<UUID> published = new ArrayList<>();
            for (DomainEvent event : outbox.lockUnpublished(BATCH)) {
                try {
                    publisher.publish(event);
                } catch (RuntimeException notDelivered) {
                    outbox.markFailed(event.id());
                    break;
                }
                published.add(event.id());
            }
            if (!published.isEmpty()) {
                outbox.markPublished(published, clock.instant());
            }
            return published.size();
        });
    }
}
