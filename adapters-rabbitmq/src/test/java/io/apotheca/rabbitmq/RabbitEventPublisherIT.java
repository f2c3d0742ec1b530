package io.apotheca.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.events.PublishedEvent;
import io.apotheca.testsupport.FreePorts;
import io.apotheca.testsupport.RabbitEndpoint;
import io.apotheca.testsupport.RabbitServers;
import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The publisher on a real broker, seen from a consumer: a durable queue of the consumer's own, bound
 * to {@code order.#}, receives the order events and nothing else, in order, persistent, under each
 * event's id, in the published JSON shape. Each test publishes to an exchange of its own, so that
 * other traffic on a shared broker cannot reach its queue.
 */
class RabbitEventPublisherIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RabbitEndpoint broker = RabbitServers.shared();
    private final String exchange = "apotheca.events.test-" + UUID.randomUUID();
    private final String queue = "apotheca.test.orders-" + UUID.randomUUID();
    private Connection connection;
    private Channel consumer;
    private RabbitEventPublisher publisher;

    @BeforeEach
    void bind_a_queue_to_order_events() throws Exception {
        connection = Consumers.connect(broker.amqpUrl());
        consumer = connection.createChannel();
        Consumers.bindDurableQueue(consumer, exchange, queue, "order.#");
        publisher = new RabbitEventPublisher(RabbitSettings.of(broker.amqpUrl()).withExchange(exchange));
    }

    @AfterEach
    void remove_the_queue_and_the_exchange() throws Exception {
        publisher.close();
        consumer.queueDelete(queue);
        consumer.exchangeDelete(exchange);
        connection.close();
    }

    @Test
    void a_queue_bound_to_order_events_receives_exactly_those_in_order() throws Exception {
        // given
        DomainEvent placed = PharmacyEvents.orderPlaced("order-1", 1299, "EUR");
        DomainEvent approved = PharmacyEvents.prescriptionApproved("prescription-1");
        DomainEvent cancelled = PharmacyEvents.orderCancelled("order-1");

        // when
        publisher.publishAll(List.of(placed, approved, cancelled));

        // then
        List<GetResponse> received = Consumers.drain(consumer, queue);
        assertThat(received)
                .extracting(message -> message.getProps().getMessageId())
                .containsExactly(placed.id().toString(), cancelled.id().toString());
        assertThat(received)
                .extracting(message -> message.getEnvelope().getRoutingKey())
                .containsExactly("order.placed", "order.cancelled");
    }

    @Test
    void each_event_travels_as_persistent_json_under_its_id_type_and_time() throws Exception {
        // given
        DomainEvent placed = PharmacyEvents.orderPlaced("order-2", 4550, "EUR");

        // when
        publisher.publish(placed);

        // then
        List<GetResponse> received = Consumers.drain(consumer, queue);
        assertThat(received).hasSize(1);
        AMQP.BasicProperties properties = received.get(0).getProps();
        assertThat(properties.getMessageId()).isEqualTo(placed.id().toString());
        assertThat(properties.getType()).isEqualTo("order.placed");
        assertThat(properties.getDeliveryMode()).isEqualTo(2);
        assertThat(properties.getContentType()).isEqualTo("application/json");
        assertThat(properties.getContentEncoding()).isEqualTo("utf-8");
        assertThat(properties.getAppId()).isEqualTo("apotheca");
        assertThat(properties.getTimestamp()).isEqualTo(Date.from(PharmacyEvents.AT));
        assertThat(properties.getHeaders().get("version")).isEqualTo(PublishedEvent.VERSION);
        // text headers come back as the client's LongString; their text is what counts
        assertThat(String.valueOf(properties.getHeaders().get("aggregate_type")))
                .isEqualTo("order");
        assertThat(String.valueOf(properties.getHeaders().get("aggregate_id"))).isEqualTo("order-2");
    }

    @Test
    void the_body_is_the_published_event_with_its_total_as_money() throws Exception {
        // given
        DomainEvent placed = PharmacyEvents.orderPlaced("order-3", 1299, "EUR");

        // when
        publisher.publish(placed);

        // then
        List<GetResponse> received = Consumers.drain(consumer, queue);
        assertThat(received).hasSize(1);
        JsonNode body = JSON.readTree(received.get(0).getBody());
        assertThat(body.path("id").asText()).isEqualTo(placed.id().toString());
        assertThat(body.path("type").asText()).isEqualTo("order.placed");
        assertThat(body.path("version").asInt()).isEqualTo(PublishedEvent.VERSION);
        assertThat(body.path("occurredAt").asText()).isEqualTo("2025-03-14T09:26:53Z");
        assertThat(body.path("aggregate").path("type").asText()).isEqualTo("order");
        assertThat(body.path("aggregate").path("id").asText()).isEqualTo("order-3");
        assertThat(body.path("data").path("total").path("amount").asLong()).isEqualTo(1299);
        assertThat(body.path("data").path("total").path("currency").asText()).isEqualTo("EUR");
        assertThat(body.path("data").has("currency")).isFalse();
    }

    @Test
    void an_empty_batch_publishes_nothing_and_needs_no_broker() {
        // given: an address where no broker listens
        URI nowhere = URI.create("amqp://guest:guest@127.0.0.1:" + FreePorts.next());

        // when / then
        try (RabbitEventPublisher unreachable = new RabbitEventPublisher(RabbitSettings.of(nowhere))) {
            assertThatCode(() -> unreachable.publishAll(List.of())).doesNotThrowAnyException();
        }
    }
}
