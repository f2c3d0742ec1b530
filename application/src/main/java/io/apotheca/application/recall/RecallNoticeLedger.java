package io.apotheca.application.recall;

import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.events.PharmacyEvent.RecallNoticeSent;
import io.apotheca.application.events.port.out.EventPublisher;
import io.apotheca.application.recall.port.out.Recalls;
import io.apotheca.domain.identity.UserId;
import java.util.UUID;

/**
 * Learns from the relayed {@code recall.notice_sent} events which patients were told, in the relay's
 * transaction, so that the recall report shows it. Other events pass by.
 */
public final class RecallNoticeLedger implements EventPublisher {

    private final Recalls recalls;

    RecallNoticeLedger(Recalls recalls) {
        this.recalls = recalls;
    }

    @Override
    public void publish(DomainEvent event) {
        if (!event.type().equals(RecallNoticeSent.TYPE)) {
            return;
        }
        recalls.noticeSent(
                UUID.fromString(event.aggregateId()),
                new UserId(UUID.fromString(event.data().get("customerId"))),
                event.occurredAt());
    }
}
