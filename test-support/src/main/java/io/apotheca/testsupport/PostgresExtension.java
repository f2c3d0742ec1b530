package io.apotheca.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class a fresh, empty PostgreSQL database of its own, dropped when the class ends, so
 * tests never see each other's rows. Register it as a static field:
 *
 * <pre>{@code @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();}</pre>
 */
public final class PostgresExtension implements BeforeAllCallback, AfterAllCallback {

    private TestDatabase database;

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        database = createDatabase();
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (database != null) {
            drop(database);
            database = null;
        }
    }

    /** The database of the running test class. */
    public TestDatabase database() {
        if (database == null) {
            throw new IllegalStateException("the database exists only while the test class runs");
        }
        return database;
    }

    /** Creates one more empty database on the shared server; the caller drops it. */
    public static TestDatabase createDatabase() throws SQLException {
        PostgresServer server = PostgresServers.shared();
        byte[] random = new byte[6];
        ThreadLocalRandom.current().nextBytes(random);
        String name = "apotheca_test_" + HexFormat.of().formatHex(random);
        try (Connection connection = server.connectAsAdmin();
                Statement statement = connection.createStatement()) {
            // template0 is never connected to, so parallel creations cannot collide on it
            statement.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        }
        return new TestDatabase(name, server.jdbcUrl(name), server.username(), server.password());
    }

    /** Drops a database made by {@link #createDatabase()}, closing whatever is still connected to it. */
    public static void drop(TestDatabase database) throws SQLException {
        try (Connection connection = PostgresServers.shared().connectAsAdmin();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
        }
    }
}
