package io.apotheca.persistence;

import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.port.out.Transactions;
import java.util.function.Supplier;

/** One database transaction per command, shared by every store the command writes to. */
final class JdbiTransactions implements Transactions {

    private final JdbiContext context;

    JdbiTransactions(JdbiContext context) {
        this.context = context;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return context.inTransaction(work);
    }

    @Override
    public <T> Outcome<T> allOrNothing(Supplier<Outcome<T>> command) {
        return context.allOrNothing(command);
    }
}
