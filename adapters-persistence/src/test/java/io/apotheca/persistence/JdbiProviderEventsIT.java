package io.apotheca.persistence;

import io.apotheca.application.payment.ProviderEventsContract;
import io.apotheca.application.payment.port.out.ProviderEvents;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL provider-event inbox, held to the inbox contract on a real database. */
class JdbiProviderEventsIT extends ProviderEventsContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;

    @Override
    protected ProviderEvents inbox() {
        return persistence.providerEvents();
    }
}
