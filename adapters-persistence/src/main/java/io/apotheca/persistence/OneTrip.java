package io.apotheca.persistence;

import io.apotheca.application.shared.port.out.DependencyUnavailableException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Several statements sent to PostgreSQL in one round trip: the driver sends them one after the other
 * and waits once, for all their answers. Outside a transaction PostgreSQL runs them as one implicit
 * transaction: should one fail, none of them happened. Each statement takes its values with {@code
 * ?}; a query's rows go to its reader, in order.
 */
public final class OneTrip {

    /** Reads the rows of one query. */
    @FunctionalInterface
    public interface Reader {
        void read(ResultSet rows) throws SQLException;
    }

    private record Part(String sql, List<Object> values, Reader reader) {}

    private final List<Part> parts = new ArrayList<>();

    /** A query whose rows {@code reader} reads. */
    public OneTrip query(String sql, Reader reader, Object... values) {
        parts.add(new Part(sql, Arrays.asList(values), reader));
        return this;
    }

    /** A statement whose answer is not read (an insert, an update, a guard that raises). */
    public OneTrip execute(String sql, Object... values) {
        parts.add(new Part(sql, Arrays.asList(values), null));
        return this;
    }

    /** Sends every statement at once on the handle's connection; counts one round trip. */
    public void send(Handle handle) {
        String sql = String.join(";\n", parts.stream().map(Part::sql).toList());
        StatementCounter.countEnd();
        try (PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
            int index = 1;
            for (Part part : parts) {
                for (Object value : part.values()) {
                    statement.setObject(index++, value);
                }
            }
            boolean rows = statement.execute();
            for (Part part : parts) {
                if (rows) {
                    try (ResultSet results = statement.getResultSet()) {
                        if (part.reader() != null) {
                            part.reader().read(results);
                        }
                    }
                }
                rows = statement.getMoreResults();
            }
        } catch (SQLException e) {
            if (ConnectionFailures.unreachable(e)) {
                throw new DependencyUnavailableException(ConnectionFailures.POSTGRESQL, e);
            }
            throw new OneTripFailed(e);
        }
    }

    /** A statement of the trip failed; nothing of it was kept (outside a transaction). */
    public static final class OneTripFailed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        OneTripFailed(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        /** The SQLSTATE PostgreSQL gave. */
        public String sqlState() {
            return ((SQLException) getCause()).getSQLState();
        }
    }
}
