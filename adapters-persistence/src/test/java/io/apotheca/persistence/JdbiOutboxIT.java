package io.apotheca.persistence;

import io.apotheca.application.events.OutboxContract;
import io.apotheca.application.events.port.out.Outbox;
import io.apotheca.application.shared.port.out.Transactions;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL outbox, held to the outbox contract on a real database. */
class JdbiOutboxIT extends OutboxContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;

    @Override
    protected Outbox outbox() {
        return persistence.outbox();
    }

    @Override
    protected Transactions transactions() {
        return persistence.transactions();
    }
}
