package io.apotheca.rabbitmq;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The other side of the tests: a consumer with a plain AMQP connection and a queue of its own. */
final class Consumers {

    private Consumers() {}

    static Connection connect(URI url) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(url);
        factory.setAutomaticRecoveryEnabled(false);
        return factory.newConnection("apotheca-test-consumer");
    }

    /** A durable queue bound to the events whose type matches {@code pattern}, such as {@code order.#}. */
    static void bindDurableQueue(Channel channel, String exchange, String queue, String pattern) throws IOException {
        channel.exchangeDeclare(exchange, "topic", true);
        channel.queueDeclare(queue, true, false, false, null);
        channel.queueBind(queue, exchange, pattern);
    }

    /** Takes every message the queue holds, oldest first. */
    static List<GetResponse> drain(Channel channel, String queue) throws IOException {
        List<GetResponse> received = new ArrayList<>();
        for (GetResponse next = channel.basicGet(queue, true); next != null; next = channel.basicGet(queue, true)) {
            received.add(next);
        }
        return received;
    }
}
