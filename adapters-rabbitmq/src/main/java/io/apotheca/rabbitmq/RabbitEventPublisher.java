package io.apotheca.rabbitmq;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.ShutdownSignalException;
import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.events.port.out.EventPublisher;
import io.apotheca.application.shared.port.out.DependencyUnavailableException;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the pharmacy's events to RabbitMQ: each to the durable topic exchange under its type
 * ({@code order.placed}) as routing key, persistent, with its id as message id. A batch counts as
 * delivered only once the broker confirmed every event in it; until then (a broker away, slow, or
 * refusing) the call throws and the outbox relay tries the same events again later, so a consumer
 * may see an event twice, never lose one.
 *
 * <p>One connection and one channel, opened on first use and opened afresh on the call after any
 * failure: the relay's retry decides when to try again, not the client's automatic recovery. Safe
 * to share between threads; calls take turns.
 */
final class RabbitEventPublisher implements EventPublisher, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RabbitEventPublisher.class);
    private static final String CONNECTION_NAME = "apotheca-events";
    private static final String DEPENDENCY = "rabbitmq";

    private final RabbitSettings settings;
    private final ConnectionFactory factory;
    private Connection connection;
    private Channel channel;

    /** Connects nowhere yet: the first event opens the connection. */
    RabbitEventPublisher(RabbitSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.factory = factoryFor(settings);
    }

    @Override
    public void publish(DomainEvent event) {
        publishAll(List.of(event));
    }

    /**
     * Publishes the events in order and waits once for the broker to confirm them all, at most the
     * confirm timeout. Throws {@link DependencyUnavailableException} when the broker did not confirm
     * them; then none counts as published.
     */
    @Override
    public synchronized void publishAll(List<DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<EventMessage> messages = events.stream().map(EventMessage::of).toList();
        try {
            Channel open = openChannel();
            for (EventMessage message : messages) {
                open.basicPublish(
                        settings.exchange(), message.routingKey(), false, message.properties(), message.body());
            }
            open.waitForConfirmsOrDie(settings.confirmTimeout().toMillis());
        } catch (IOException | TimeoutException | ShutdownSignalException e) {
            throw notConfirmed(messages.size(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notConfirmed(messages.size(), e);
        }
    }

    /** Closes the connection, if one is open; never throws. */
    @Override
    public synchronized void close() {
        disconnect();
    }

    private Channel openChannel() throws IOException, TimeoutException {
        if (channel != null && channel.isOpen()) {
            return channel;
        }
        disconnect();
        connection = factory.newConnection(CONNECTION_NAME);
        Channel fresh = connection.createChannel();
        fresh.exchangeDeclare(settings.exchange(), "topic", true);
        fresh.confirmSelect();
        channel = fresh;
        LOG.info("Publishing events to RabbitMQ at {}, exchange {}", settings.address(), settings.exchange());
        return fresh;
    }

    private DependencyUnavailableException notConfirmed(int count, Exception cause) {
        disconnect();
        String reason = "the broker did not confirm " + count + " event(s) on exchange " + settings.exchange() + " at "
                + settings.address() + ": " + cause;
        LOG.warn("{}; they stay unpublished and will be tried again", reason);
        return new DependencyUnavailableException(DEPENDENCY, new IOException(reason, cause));
    }

    /** Drops the connection and its channel quietly; the next call opens new ones. */
    private void disconnect() {
        Connection broken = connection;
        connection = null;
        channel = null;
        if (broken != null) {
            broken.abort(millis(settings.connectTimeout().toMillis()));
        }
    }

    private static ConnectionFactory factoryFor(RabbitSettings settings) {
        ConnectionFactory factory = new ConnectionFactory();
        try {
            factory.setUri(settings.url());
            if ("amqps".equalsIgnoreCase(settings.url().getScheme())) {
                // a certificate for another host must not receive the broker's password
                factory.enableHostnameVerification();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("no TLS for the RabbitMQ address " + settings.address(), e);
        } catch (IllegalArgumentException e) {
            // the client's message may quote the password, so it stays out
            throw new IllegalArgumentException("not a usable RabbitMQ address: " + settings.address());
        }
        int connectMillis = millis(settings.connectTimeout().toMillis());
        factory.setConnectionTimeout(connectMillis);
        factory.setHandshakeTimeout(connectMillis);
        factory.setChannelRpcTimeout(connectMillis);
        factory.setAutomaticRecoveryEnabled(false);
        factory.setTopologyRecoveryEnabled(false);
        return factory;
    }

    private static int millis(long millis) {
        return (int) Math.min(millis, Integer.MAX_VALUE);
    }
}
