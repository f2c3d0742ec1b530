package io.apotheca.persistence;

import io.apotheca.application.shared.Outcome;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
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

    /** Named once: savepoints of nested commands stack, and each rollback or release takes the latest. */
    private static final String COMMAND_SAVEPOINT = "command";

    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();

    JdbiContext(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Whether a transaction is open on this thread. */
    public boolean inTransaction() {
        return current.get() != null;
    }

    /** Runs the statements on the current transaction's handle, or on a handle of their own. */
    public <T> T with(HandleCallback<T, RuntimeException> statements) {
        Handle handle = current.get();
        if (handle != null) {
            return statements.withHandle(handle);
        }
        return ConnectionFailures.translated(() -> jdbi.withHandle(statements));
    }

    /**
     * Runs single statements declared as a Jdbi SQL object ({@code @SqlQuery}, {@code @SqlUpdate})
     * on the current transaction's handle, or on a handle of their own.
     */
    public <S, T> T sql(Class<S> statements, Function<S, T> work) {
        return with(h -> work.apply(h.attach(statements)));
    }

    /** {@link #sql} for statements that answer nothing. */
    public <S> void execute(Class<S> statements, Consumer<S> work) {
        with(h -> {
            work.accept(h.attach(statements));
            return null;
        });
    }

    /**
     * Runs the work on a handle of its own in auto-commit, never inside the current transaction: a
     * {@link OneTrip} sent so runs as one implicit transaction of its own.
     */
    public void outsideTransaction(Consumer<Handle> work) {
        if (current.get() != null) {
            throw new IllegalStateException("a trip of its own cannot run inside a transaction");
        }
        ConnectionFailures.translated(() -> {
            jdbi.useHandle(work::accept);
            return null;
        });
    }

    /**
     * Runs the action once the current transaction has committed (never when it rolls back), or at
     * once outside a transaction: what other instances are told must already be true for them.
     */
    public void afterCommit(Runnable action) {
        Handle handle = current.get();
        if (handle == null) {
            action.run();
        } else {
            handle.afterCommit(action);
        }
    }

    /** Runs the work in the current transaction, or in a new one. */
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get(); // a command inside a command joins its transaction
        }
        try {
            return ConnectionFailures.translated(() -> jdbi.inTransaction(handle -> {
                current.set(handle);
                try {
                    return work.get();
                } finally {
                    current.remove();
                }
            }));
        } finally {
            StatementCounter.countEnd();
        }
    }

    /**
     * Runs a command in the current transaction or a new one, undoing what it wrote when it is
     * refused: the new transaction is rolled back, or the current one back to a savepoint taken
     * before the command began.
     */
    public <T> Outcome<T> allOrNothing(Supplier<Outcome<T>> command) {
        Handle joined = current.get();
        if (joined != null) {
            joined.savepoint(COMMAND_SAVEPOINT);
            Outcome<T> outcome = command.get();
            if (outcome instanceof Outcome.Refused<T>) {
                joined.rollbackToSavepoint(COMMAND_SAVEPOINT);
            } else {
                joined.release(COMMAND_SAVEPOINT);
            }
            return outcome;
        }
        try {
            return ConnectionFailures.translated(() -> jdbi.inTransaction(handle -> {
                current.set(handle);
                try {
                    Outcome<T> outcome = command.get();
                    if (outcome instanceof Outcome.Refused<T>) {
                        handle.rollback();
                    }
                    return outcome;
                } finally {
                    current.remove();
                }
            }));
        } finally {
            StatementCounter.countEnd();
        }
    }
}
