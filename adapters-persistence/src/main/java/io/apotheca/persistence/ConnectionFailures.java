package io.apotheca.persistence;

import io.apotheca.application.shared.port.out.DependencyUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.JdbiException;

/**
 * Tells a database that cannot be reached from a statement that failed: no connection free in the
 * pool within its timeout, the server refusing or dropping connections, or the server shutting
 * down. Those become {@link DependencyUnavailableException}, which the pharmacy answers with 503 and
 * {@code Retry-After}; every other failure passes unchanged.
 *
 * <p>So does a transaction the server gave up to settle a conflict with another running at once (a
 * deadlock, or a serialization failure): it was rolled back whole, nothing of it was written, and
 * the same request tried again will most likely pass.
 *
 * <p>A connection lost while a transaction commits leaves its outcome unknown to us. The
 * commands that must not run twice (checkout, payment) carry an Idempotency-Key, so trying one again
 * answers with what was done.
 */
final class ConnectionFailures {

    static final String POSTGRESQL = "postgresql";

    private ConnectionFailures() {}

    /** Runs the work, turning a failure to reach the database into {@link DependencyUnavailableException}. */
    static <T> T translated(Supplier<T> work) {
        try {
            return work.get();
        } catch (JdbiException | OneTrip.OneTripFailed e) {
            if (unreachable(e) || conflicted(e)) {
                throw new DependencyUnavailableException(POSTGRESQL, e);
            }
            throw e;
        }
    }

    /** Whether the failure says the database could not be reached, rather than that a statement was wrong. */
    static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && connectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the server rolled the transaction back over a conflict with another (SQLSTATE 40P01, 40001). */
    static boolean conflicted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) and 57P01–57P03 (the server shutting down, or not yet
     * accepting connections).
     */
    private static boolean connectionState(String state) {
        return state != null
                && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
