package io.apotheca.persistence;

import io.apotheca.application.identity.SessionsContract;
import io.apotheca.application.identity.port.out.Sessions;
import io.apotheca.application.identity.port.out.Users;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL sessions, held to the sessions contract on a real database. */
class JdbiSessionsIT extends SessionsContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;

    @Override
    protected Sessions sessions() {
        return persistence.sessions();
    }

    @Override
    protected Users users() {
        return persistence.users();
    }
}
