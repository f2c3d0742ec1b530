package io.apotheca.persistence;

import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Counts the round trips each thread makes to PostgreSQL: every statement (a batch counts once) and
 * every transaction's end ({@code BEGIN} travels with the first statement and costs none). A
 * request's cost is the difference of the count on its thread before and after it; {@code
 * /metrics} reports it per route, and the statement-budget tests hold the hot paths to it.
 */
final class StatementCounter implements SqlLogger {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public void logBeforeExecution(StatementContext context) {
        COUNT.get()[0]++;
    }

    /** A round trip that is not a Jdbi statement: a transaction's {@code COMMIT} or {@code ROLLBACK}, a {@link OneTrip}. */
    static void countEnd() {
        COUNT.get()[0]++;
    }

    /** The round trips this thread has made so far. */
    static long onThisThread() {
        return COUNT.get()[0];
    }
}
