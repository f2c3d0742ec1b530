package io.apotheca.persistence;

import io.apotheca.application.identity.port.out.Users;
import io.apotheca.application.shared.TransactionsContract;
import io.apotheca.application.shared.port.out.Transactions;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL transactions, held to the transactions contract on a real database. */
class JdbiTransactionsIT extends TransactionsContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;

    @Override
    protected Transactions transactions() {
        return persistence.transactions();
    }

    @Override
    protected Users users() {
        return persistence.users();
    }
}
