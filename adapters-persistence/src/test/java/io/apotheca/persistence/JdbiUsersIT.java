package io.apotheca.persistence;

import io.apotheca.application.identity.UsersContract;
import io.apotheca.application.identity.port.out.Users;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL accounts, held to the accounts contract on a real database. */
class JdbiUsersIT extends UsersContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;

    @Override
    protected Users users() {
        return persistence.users();
    }
}
