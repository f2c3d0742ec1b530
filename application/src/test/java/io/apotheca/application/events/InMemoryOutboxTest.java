package io.apotheca.application.events;

import io.apotheca.application.events.port.out.Outbox;
import io.apotheca.application.memory.InMemoryOutbox;
import io.apotheca.application.memory.InMemoryTransactions;
import io.apotheca.application.shared.port.out.Transactions;

/** The in-memory outbox, held to the same contract as the PostgreSQL one. */
class InMemoryOutboxTest extends OutboxContract {

    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryTransactions transactions = new InMemoryTransactions();

    @Override
    protected Outbox outbox() {
        return outbox;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
