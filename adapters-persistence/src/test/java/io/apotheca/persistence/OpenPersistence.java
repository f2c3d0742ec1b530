package io.apotheca.persistence;

import io.apotheca.testsupport.PostgresExtension;
import io.apotheca.testsupport.TestDatabase;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL adapter for one test class, on a fresh database of its own: migrated and opened
 * before the class's own {@code @BeforeAll} methods, closed and dropped after the class. It is handed
 * to the class's static {@link PostgresPersistence} field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final OpenPersistence postgres = new OpenPersistence();
 *
 * private static PostgresPersistence persistence;
 * }</pre>
 */
final class OpenPersistence implements BeforeAllCallback, AfterAllCallback {

    private TestDatabase database;
    private PostgresPersistence persistence;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        database = PostgresExtension.createDatabase();
        persistence = PostgresPersistence.open(
                PostgresSettings.of(database.jdbcUrl(), database.username(), database.password()));
        for (Field field : context.getRequiredTestClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == PostgresPersistence.class) {
                field.setAccessible(true);
                field.set(null, persistence);
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (persistence != null) {
                persistence.close();
            }
        } finally {
            if (database != null) {
                PostgresExtension.drop(database);
            }
        }
    }

    /** A plain JDBC connection to the class's database, for what a test reads or sets beside the adapter. */
    Connection connect() throws SQLException {
        TestDatabase db = database();
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }

    /** The database of the running test class, for what a test reads beside the adapter. */
    TestDatabase database() {
        if (database == null) {
            throw new IllegalStateException("the database exists only while the test class runs");
        }
        return database;
    }
}
