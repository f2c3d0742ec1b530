package io.apotheca.application.outbound;

import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.memory.InMemoryEventDeliveries;
import io.apotheca.application.memory.InMemoryTransactions;
import io.apotheca.application.outbound.port.out.EventDeliveries;
import io.apotheca.application.shared.port.out.Transactions;
import java.util.UUID;

/** The in-memory delivery queue, held to the same contract as the PostgreSQL one. */
class InMemoryEventDeliveriesTest extends EventDeliveriesContract {

    private final InMemoryEventDeliveries deliveries = new InMemoryEventDeliveries();
    private final InMemoryTransactions transactions = new InMemoryTransactions();

    @Override
    protected EventDeliveries deliveries() {
        return deliveries;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected UUID anEndpoint() {
        return UUID.randomUUID();
    }

    @Override
    protected void recorded(DomainEvent event) {
        // the in-memory queue keeps the event itself
    }
}
