package io.apotheca.persistence;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * Gives every store the handle of the transaction running on this thread, so that all the writes
 * of one command commit or roll back together; outside a transaction, a store's statement runs on
 * a handle of its own. A database that cannot be reached shows as {@link
 * io.apotheca.application.shared.port.out.DependencyUnavailableException} (see {@link ConnectionFailures}).
 */
public final class JdbiContext {

    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();

    JdbiContext(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Runs the statements on the current transaction's handle, or on a handle of their own. */
    public <T> T with(HandleCallback<T, RuntimeException> statements) {
        Handle handle = current.get();
        if (handle != null) {
            return statements.withHandle(handle);
        }
        return ConnectionFailures.translated(() -> jdbi.withHandle(statements));
    }

    /** Runs the work in the current transaction, or in a new one. */
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        if (current.get() != null) {
            return work.get(); // a command inside a command joins its transaction
        }
        return ConnectionFailures.translated(() -> jdbi.inTransaction(handle -> {
            current.set(handle);
            try {
                return work.get();
            } finally {
                current.remove();
            }
        }));
    }
}
