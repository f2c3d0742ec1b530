package io.apotheca.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Finds the one PostgreSQL server of this test run: the server named by {@code
 * APOTHECA_TEST_DATABASE_URL}, else a container when Docker answers, else an embedded server.
 */
public final class PostgresServers {

    /** The variable naming an existing server, as a JDBC or {@code postgresql://} address. */
    public static final String VARIABLE = "APOTHECA_TEST_DATABASE_URL";

    private static final Logger LOG = LoggerFactory.getLogger(PostgresServers.class);
    private static PostgresServer shared;

    private PostgresServers() {}

    /** The server of this test run, started on first use and kept until the JVM ends. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = find();
            LOG.info("Tests use PostgreSQL from {} on {}:{}", shared.origin(), shared.host(), shared.port());
        }
        return shared;
    }

    private static PostgresServer find() {
        String configured = System.getenv(VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return ServerAddress.parse(configured, 5432, "postgres").toPostgres(VARIABLE);
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return startContainer();
        }
        return startEmbedded();
    }

    @SuppressWarnings("resource") // lives for the whole test run; Testcontainers' reaper removes it
    private static PostgresServer startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        return new PostgresServer(
                "a Testcontainers container",
                container.getHost(),
                container.getMappedPort(5432),
                container.getDatabaseName(),
                container.getUsername(),
                container.getPassword());
    }

    private static PostgresServer startEmbedded() {
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(embedded)));
            return new PostgresServer("embedded binaries", "localhost", embedded.getPort(), "postgres", "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL for the tests", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres embedded) {
        try {
            embedded.close();
        } catch (IOException e) {
            LOG.warn("embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
