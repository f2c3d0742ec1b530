package io.apotheca.application.identity;

import io.apotheca.application.identity.port.out.Users;
import io.apotheca.application.memory.InMemoryUsers;

/** The in-memory accounts, held to the same contract as the PostgreSQL store. */
class InMemoryUsersTest extends UsersContract {

    private final InMemoryUsers users = new InMemoryUsers();

    @Override
    protected Users users() {
        return users;
    }
}
