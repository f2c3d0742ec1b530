package io.apotheca.application.identity;

import io.apotheca.application.identity.port.out.Sessions;
import io.apotheca.application.identity.port.out.Users;
import io.apotheca.application.memory.InMemorySessions;
import io.apotheca.application.memory.InMemoryUsers;

/** The in-memory sessions, held to the same contract as the PostgreSQL store. */
class InMemorySessionsTest extends SessionsContract {

    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemorySessions sessions = new InMemorySessions(users);

    @Override
    protected Sessions sessions() {
        return sessions;
    }

    @Override
    protected Users users() {
        return users;
    }
}
