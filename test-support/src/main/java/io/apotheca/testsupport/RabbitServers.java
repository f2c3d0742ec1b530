package io.apotheca.testsupport;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * Finds the one RabbitMQ broker of this test run: the broker named by {@code
 * APOTHECA_TEST_RABBITMQ_URL}, else a container when Docker answers, else a {@link RabbitNode} of
 * the run's own from the machine's {@code rabbitmq-server}.
 */
public final class RabbitServers {

    /** The variable naming an existing broker, as {@code amqp://user:password@host:port}. */
    public static final String VARIABLE = "APOTHECA_TEST_RABBITMQ_URL";

    private static final Logger LOG = LoggerFactory.getLogger(RabbitServers.class);
    private static final int AMQP_PORT = 5672;
    private static RabbitEndpoint shared;

    private RabbitServers() {}

    /** The broker of this test run, started on first use and kept until the JVM ends. */
    public static synchronized RabbitEndpoint shared() {
        if (shared == null) {
            shared = find();
            LOG.info("Tests use RabbitMQ from {} on {}", shared.origin(), shared.hostAndPort());
        }
        return shared;
    }

    private static RabbitEndpoint find() {
        String configured = System.getenv(VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return new RabbitEndpoint(VARIABLE, URI.create(configured.trim()));
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return startContainer();
        }
        return startOwnNode();
    }

    @SuppressWarnings("resource") // lives for the whole test run; Testcontainers' reaper removes it
    private static RabbitEndpoint startContainer() {
        GenericContainer<?> container = new GenericContainer<>("rabbitmq:4-alpine")
                .withExposedPorts(AMQP_PORT)
                .waitingFor(Wait.forLogMessage(".*Server startup complete.*", 1));
        container.start();
        URI url = URI.create("amqp://guest:guest@" + container.getHost() + ":" + container.getMappedPort(AMQP_PORT));
        return new RabbitEndpoint("a Testcontainers container", url);
    }

    private static RabbitEndpoint startOwnNode() {
        if (!RabbitNode.available()) {
            throw new IllegalStateException("no RabbitMQ for the tests: set " + VARIABLE
                    + ", start a Docker engine, or install rabbitmq-server and run the tests as root");
        }
        RabbitNode node = RabbitNode.start();
        Runtime.getRuntime().addShutdownHook(new Thread(node::close));
        return new RabbitEndpoint("a node of the run's own (rabbitmq-server)", node.amqpUrl());
    }
}
