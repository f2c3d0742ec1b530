package io.apotheca.rabbitmq;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the pharmacy's events go and how long it waits for the broker. The address carries the
 * broker's password, so this record never prints it: {@link #toString()} and {@link #address()}
 * show the address without it.
 *
 * @param url {@code amqp://user:password@host:port/vhost}, as {@code RABBITMQ_URL} gives it
 * @param exchange the topic exchange the events are published to, declared durable on first use
 * @param confirmTimeout how long a batch may wait for the broker's confirmation before it counts as
 *     not delivered
 * @param connectTimeout how long opening a connection (and declaring the exchange) may take
 */
public record RabbitSettings(URI url, String exchange, Duration confirmTimeout, Duration connectTimeout) {

    /** The exchange the pharmacy publishes to unless told otherwise. */
    public static final String DEFAULT_EXCHANGE = "apotheca.events";

    /** How long the broker may take to confirm a batch, or to accept a connection, by default. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    public RabbitSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(confirmTimeout, "confirmTimeout");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (!"amqp".equals(url.getScheme()) && !"amqps".equals(url.getScheme())) {
            throw new IllegalArgumentException("not an amqp:// address: " + withoutPassword(url));
        }
        if (url.getHost() == null) {
            throw new IllegalArgumentException("no host in " + withoutPassword(url));
        }
        if (exchange.isBlank()) {
            throw new IllegalArgumentException("the exchange needs a name");
        }
        requirePositive(confirmTimeout, "confirmTimeout");
        requirePositive(connectTimeout, "connectTimeout");
    }

    /** The broker at {@code url}, exchange {@code apotheca.events}, five seconds for each wait. */
    public static RabbitSettings of(URI url) {
        return new RabbitSettings(url, DEFAULT_EXCHANGE, DEFAULT_TIMEOUT, DEFAULT_TIMEOUT);
    }

    /** The same broker and timeouts, another exchange (a test's own, for instance). */
    public RabbitSettings withExchange(String otherExchange) {
        return new RabbitSettings(url, otherExchange, confirmTimeout, connectTimeout);
    }

    /** The same broker and exchange, other timeouts. */
    public RabbitSettings withTimeouts(Duration confirm, Duration connect) {
        return new RabbitSettings(url, exchange, confirm, connect);
    }

    /** The address for logs: {@code amqp://user@host:port/vhost}, never the password. */
    public String address() {
        return withoutPassword(url);
    }

    @Override
    public String toString() {
        return "RabbitSettings[url=" + address() + ", exchange=" + exchange + ", confirmTimeout=" + confirmTimeout
                + ", connectTimeout=" + connectTimeout + "]";
    }

    private static String withoutPassword(URI url) {
        StringBuilder text = new StringBuilder().append(url.getScheme()).append("://");
        if (url.getRawUserInfo() != null) {
            text.append(url.getRawUserInfo().split(":", 2)[0]).append('@');
        }
        text.append(url.getHost());
        if (url.getPort() != -1) {
            text.append(':').append(url.getPort());
        }
        if (url.getRawPath() != null) {
            text.append(url.getRawPath());
        }
        return text.toString();
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero() || duration.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be positive and under 24 days: " + duration);
        }
    }
}
