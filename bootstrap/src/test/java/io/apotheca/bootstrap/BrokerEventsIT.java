package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.testsupport.PostgresExtension;
import io.apotheca.testsupport.RabbitNode;
import io.apotheca.testsupport.RabbitServers;
import io.apotheca.testsupport.TestDatabase;
import java.net.URI;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pharmacy's events on a real RabbitMQ: a consumer bound to the topic exchange receives every
 * event of an order's life once each, in order, each as {@code docs/asyncapi.yaml} describes it;
 * and when the broker is stopped for ten seconds mid-life and started again, nothing is lost.
 */
class BrokerEventsIT {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @TempDir
    Path dataDir;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXCHANGE = "apotheca.events";

    /**
     * One message as the consumer got it.
     *
     * @param routingKey its routing key
     * @param messageId its message id property
     * @param body its JSON body
     */
    record Received(String routingKey, String messageId, JsonNode body) {

        String aggregateId() {
            return body.path("aggregate").path("id").asText();
        }
    }

    @Test
    void a_consumer_receives_every_event_of_an_orders_life_once_each_in_order() throws Exception {
        URI broker = RabbitServers.shared().amqpUrl();
        try (Connection consumer = connect(broker);
                TestPharmacy pharmacy =
                        TestPharmacy.start(postgres.database(), dataDir, Map.of("RABBITMQ_URL", broker.toString()))) {
            Channel channel = consumer.createChannel();
            channel.exchangeDeclare(EXCHANGE, "topic", true);
            String queue = channel.queueDeclare().getQueue();
            channel.queueBind(queue, EXCHANGE, "order.#");

            String order = orderLived(pharmacy, null);

            List<String> expected = outboxIds(order);
            assertThat(expected).hasSize(5);
            List<Received> received = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                received.addAll(drain(channel, queue));
                return ofOrder(received, order).size() >= expected.size();
            });
            Thread.sleep(2_000); // two more rounds of the publishing job: nothing comes twice
            received.addAll(drain(channel, queue));

            List<Received> mine = ofOrder(received, order);
            assertThat(mine).extracting(Received::messageId).containsExactlyElementsOf(expected);
            assertThat(mine)
                    .extracting(Received::routingKey)
                    .containsExactly(
                            "order.placed", "order.confirmed", "order.fulfilled", "order.shipped", "order.delivered");
            for (Received message : mine) {
                assertThat(message.body().path("id").asText()).isEqualTo(message.messageId());
                assertThat(message.body().path("type").asText()).isEqualTo(message.routingKey());
                AsyncApiCheck.ofEvents().assertValid(message.body());
            }
            assertThat(pharmacy.scalar("SELECT count(*) FROM event_deliveries WHERE endpoint_id IS NULL"
                            + " AND status <> 'DELIVERED'"))
                    .isZero();
        }
    }

    @Test
    void events_of_an_order_whose_life_goes_on_while_the_broker_is_down_for_ten_seconds_all_arrive() throws Exception {
        assumeTrue(RabbitNode.available(), "needs the rabbitmq-server binaries to stop and start a broker");
        try (RabbitNode node = RabbitNode.start();
                TestPharmacy pharmacy = TestPharmacy.start(
                        postgres.database(),
                        dataDir,
                        Map.of("RABBITMQ_URL", node.amqpUrl().toString()))) {
            String queue = "apotheca-outage-" + node.port();
            try (Connection consumer = connect(node.amqpUrl())) {
                Channel channel = consumer.createChannel();
                channel.exchangeDeclare(EXCHANGE, "topic", true);
                channel.queueDeclare(queue, true, false, false, null);
                channel.queueBind(queue, EXCHANGE, "order.#");
            }

            String order = orderLived(pharmacy, node);

            List<String> expected = outboxIds(order);
            List<Received> received = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        try (Connection consumer = connect(node.amqpUrl())) {
                            received.addAll(drain(consumer.createChannel(), queue));
                        }
                        return ofOrder(received, order).stream()
                                .map(Received::messageId)
                                .collect(Collectors.toSet())
                                .containsAll(expected);
                    });
            List<Received> mine = ofOrder(received, order);
            Set<String> ids = mine.stream().map(Received::messageId).collect(Collectors.toSet());
            assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);
            // a redelivered event carries its own id again, so a consumer can drop the repeat
            for (Received message : mine) {
                assertThat(message.body().path("id").asText()).isEqualTo(message.messageId());
            }
        }
    }

    /**
     * An order placed, paid cash on delivery, dispensed, shipped and delivered; when a broker node is
     * given, it is stopped after the order is placed and started again ten seconds later, after the
     * rest of the order's life happened.
     */
    private static String orderLived(TestPharmacy pharmacy, RabbitNode outage) throws Exception {
        String admin = pharmacy.admin().accessToken();
        String pharmacist = pharmacy.pharmacist(true).email();
        Account customer = pharmacy.customer();
        String product = pharmacy.product(
                pharmacy.category("broker-" + UUID.randomUUID().toString().substring(0, 8)),
                "Cetirizine 10 mg",
                450,
                false);
        String order = pharmacy.orderOf(customer, product, 2);
        long stopped = 0;
        if (outage != null) {
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> pharmacy.scalar("SELECT count(*) FROM event_deliveries d JOIN outbox o ON o.id ="
                                    + " d.event_id WHERE o.aggregate_id = '" + order + "' AND d.status = 'DELIVERED'")
                            == 1);
            outage.stop();
            stopped = System.nanoTime();
        }
        pharmacy.payCashAndDispense(customer, order, pharmacist);
        assertThat(pharmacy.post("/api/v1/orders/" + order + "/ship", admin, null)
                        .status())
                .isEqualTo(200);
        assertThat(pharmacy.post("/api/v1/orders/" + order + "/deliver", admin, null)
                        .status())
                .isEqualTo(200);
        if (outage != null) {
            long waited = Duration.ofNanos(System.nanoTime() - stopped).toMillis();
            Thread.sleep(Math.max(0, 10_000 - waited));
            assertThat(pharmacy.scalar("SELECT count(*) FROM event_deliveries WHERE endpoint_id IS NULL"
                            + " AND status = 'PENDING'"))
                    .as("events wait while the broker is away")
                    .isGreaterThanOrEqualTo(4);
            outage.startAgain();
        }
        return order;
    }

    private static Connection connect(URI broker) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(broker);
        return factory.newConnection("broker-events-it");
    }

    private static List<Received> drain(Channel channel, String queue) throws Exception {
        List<Received> received = new ArrayList<>();
        for (GetResponse message = channel.basicGet(queue, true);
                message != null;
                message = channel.basicGet(queue, true)) {
            received.add(new Received(
                    message.getEnvelope().getRoutingKey(),
                    message.getProps().getMessageId(),
                    JSON.readTree(message.getBody())));
        }
        return received;
    }

    private static List<Received> ofOrder(List<Received> received, String order) {
        return received.stream().filter(r -> r.aggregateId().equals(order)).toList();
    }

    /** The ids of the order's events, in the order they were recorded. */
    private static List<String> outboxIds(String order) throws Exception {
        TestDatabase db = postgres.database();
        List<String> ids = new ArrayList<>();
        try (java.sql.Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery("SELECT id FROM outbox WHERE aggregate_id = '" + order + "' ORDER BY sequence")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }
}
