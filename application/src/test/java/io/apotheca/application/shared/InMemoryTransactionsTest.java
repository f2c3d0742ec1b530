package io.apotheca.application.shared;

import io.apotheca.application.identity.port.out.Users;
import io.apotheca.application.memory.InMemoryTransactions;
import io.apotheca.application.memory.InMemoryUsers;
import io.apotheca.application.shared.port.out.Transactions;

/** The in-memory transactions, guarding an in-memory store, held to the same contract as PostgreSQL's. */
class InMemoryTransactionsTest extends TransactionsContract {

    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryTransactions transactions = new InMemoryTransactions(users);

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected Users users() {
        return users;
    }
}
