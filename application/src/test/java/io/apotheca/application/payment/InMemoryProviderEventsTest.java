package io.apotheca.application.payment;

import io.apotheca.application.memory.InMemoryProviderEvents;
import io.apotheca.application.payment.port.out.ProviderEvents;

/** The in-memory inbox, held to the same contract as the PostgreSQL one. */
class InMemoryProviderEventsTest extends ProviderEventsContract {

    private final InMemoryProviderEvents inbox = new InMemoryProviderEvents();

    @Override
    protected ProviderEvents inbox() {
        return inbox;
    }
}
