package io.apotheca.application.shared;

import io.apotheca.application.shared.port.out.Transactions;
import java.util.function.Supplier;

/** Runs a command in one transaction, turning a {@link RollbackRefusal} into a refused outcome. */
public final class Commands {

    private Commands() {}

    public static <T> Outcome<T> run(Transactions transactions, Supplier<Outcome<T>> command) {
        try {
            return transactions.inTransaction(command);
        } catch (RollbackRefusal e) {
            return Outcome.refused(e.refusal());
        }
    }
}
