package io.apotheca.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import redis.embedded.RedisServer;

/**
 * Finds the one Redis server of this test run: the server named by {@code APOTHECA_TEST_REDIS_URL},
 * else a container when Docker answers, else an embedded server.
 */
public final class RedisServers {

    /** The variable naming an existing server, as {@code redis://[:password@]host:port}. */
    public static final String VARIABLE = "APOTHECA_TEST_REDIS_URL";

    private static final Logger LOG = LoggerFactory.getLogger(RedisServers.class);
    private static RedisEndpoint shared;

    private RedisServers() {}

    /** The server of this test run, started on first use and kept until the JVM ends. */
    public static synchronized RedisEndpoint shared() {
        if (shared == null) {
            shared = find();
            LOG.info("Tests use Redis from {} on {}:{}", shared.origin(), shared.host(), shared.port());
        }
        return shared;
    }

    private static RedisEndpoint find() {
        String configured = System.getenv(VARIABLE);
        if (configured != null && !configured.isBlank()) {
            ServerAddress address = ServerAddress.parse(configured, 6379, "");
            return new RedisEndpoint(VARIABLE, address.host(), address.port(), address.password());
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return startContainer();
        }
        return startEmbedded();
    }

    @SuppressWarnings("resource") // lives for the whole test run; Testcontainers' reaper removes it
    private static RedisEndpoint startContainer() {
        GenericContainer<?> container = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
        container.start();
        return new RedisEndpoint("a Testcontainers container", container.getHost(), container.getMappedPort(6379), "");
    }

    private static RedisEndpoint startEmbedded() {
        try {
            int port = FreePorts.next();
            RedisServer server = startEmbeddedOn(port);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(server)));
            return new RedisEndpoint("embedded binaries", "127.0.0.1", port, "");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded Redis for the tests", e);
        }
    }

    /**
     * An embedded Redis of the test's own on 127.0.0.1:{@code port}, keeping nothing on disk: for
     * drills that stop it and start it again on the same port. The caller stops it.
     */
    public static RedisServer startEmbeddedOn(int port) throws IOException {
        RedisServer server = RedisServer.newRedisServer()
                .bind("127.0.0.1")
                .port(port)
                .setting("save \"\"")
                .setting("appendonly no")
                .build();
        server.start();
        return server;
    }

    private static void stopQuietly(RedisServer server) {
        try {
            server.stop();
        } catch (IOException e) {
            LOG.warn("embedded Redis did not stop cleanly", e);
        }
    }
}
