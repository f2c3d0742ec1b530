package io.apotheca.persistence;

import io.apotheca.application.notification.NotificationQueueContract;
import io.apotheca.application.notification.port.out.NotificationQueue;
import io.apotheca.domain.identity.UserId;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL e-mail queue, held to the e-mail queue contract on a real database. */
class JdbiNotificationQueueIT extends NotificationQueueContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;

    @Override
    protected NotificationQueue queue() {
        return persistence.mailQueue();
    }

    @Override
    protected UserId newRecipient() {
        return Records.customer(persistence);
    }
}
