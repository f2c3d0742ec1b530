package io.apotheca.application.notification;

import io.apotheca.application.memory.InMemoryNotificationQueue;
import io.apotheca.application.memory.InMemoryUsers;
import io.apotheca.application.notification.port.out.NotificationQueue;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.PasswordHash;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import java.time.Instant;
import java.util.UUID;

/** The in-memory e-mail queue, held to the same contract as the PostgreSQL queue. */
class InMemoryNotificationQueueTest extends NotificationQueueContract {

    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryNotificationQueue queue = new InMemoryNotificationQueue(users);

    @Override
    protected NotificationQueue queue() {
        return queue;
    }

    @Override
    protected UserId newRecipient() {
        UserId id = new UserId(UUID.randomUUID());
        users.add(new User(
                id,
                new Email(id.value() + "@example.org"),
                "Test Customer",
                Role.CUSTOMER,
                true,
                new PasswordHash("$argon2id$stand-in"),
                Instant.parse("2026-11-30T08:00:00Z")));
        return id;
    }
}
