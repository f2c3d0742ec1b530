package io.apotheca.testsupport;

import java.net.URI;

/**
 * A running RabbitMQ broker the tests may use.
 *
 * @param origin where the broker came from, for the test log
 * @param amqpUrl {@code amqp://user:password@host:port}, as {@code RABBITMQ_URL} takes it
 */
public record RabbitEndpoint(String origin, URI amqpUrl) {

    /** {@code host:port}, for logs that must not show the password. */
    public String hostAndPort() {
        return amqpUrl.getHost() + ":" + (amqpUrl.getPort() == -1 ? 5672 : amqpUrl.getPort());
    }
}
