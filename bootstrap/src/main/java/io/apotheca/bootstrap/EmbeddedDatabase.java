package io.apotheca.bootstrap;

import io.apotheca.bootstrap.config.DatabaseUrl;
import io.apotheca.bootstrap.config.Secret;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database Apotheca uses when no {@code DATABASE_URL} is given: a real PostgreSQL server (from
 * binaries shipped in the jar) whose files live in a folder that survives restarts. It listens on a
 * free port of the loopback interface only.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String DATABASE = "apotheca";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts the server on the files in {@code directory}, creating them on first use. */
    static EmbeddedDatabase start(Path directory) {
        try {
            Files.createDirectories(directory);
            boolean firstStart = !Files.exists(directory.resolve("PG_VERSION"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres);
            database.createApplicationDatabase();
            LOG.info(
                    "Embedded PostgreSQL {} on port {} with its files in {}",
                    firstStart ? "initialised" : "reopened",
                    postgres.getPort(),
                    directory.toAbsolutePath());
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    /** Where the application's database on this server is. */
    DatabaseUrl url() {
        return new DatabaseUrl(postgres.getJdbcUrl("postgres", DATABASE), "postgres", new Secret(""));
    }

    private void createApplicationDatabase() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet existing =
                    statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (existing.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database " + DATABASE, e);
        }
    }

    /** Stops the server cleanly; its files stay for the next start. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
