package io.apotheca.rabbitmq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.events.PublishedEvent;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One event as it travels on the broker: routed by its type, persistent, its id as message id so
 * that consumers can deduplicate, and the published shape of the event as a UTF-8 JSON body.
 *
 * @param routingKey the event's type, such as {@code order.placed}
 * @param properties content type, delivery mode, id, type, time and the headers a consumer may
 *     filter on without reading the body
 * @param body the {@link PublishedEvent} as JSON
 */
record EventMessage(String routingKey, AMQP.BasicProperties properties, byte[] body) {

    static final String CONTENT_TYPE = "application/json";
    static final String CONTENT_ENCODING = "utf-8";
    static final int PERSISTENT = 2;
    static final String APP_ID = "apotheca";

    private static final ObjectMapper JSON = new ObjectMapper();

    static EventMessage of(DomainEvent event) {
        PublishedEvent published = PublishedEvent.of(event);
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("version", PublishedEvent.VERSION);
        headers.put("aggregate_type", event.aggregateType());
        headers.put("aggregate_id", event.aggregateId());
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                .contentType(CONTENT_TYPE)
                .contentEncoding(CONTENT_ENCODING)
                .deliveryMode(PERSISTENT)
                .messageId(event.id().toString())
                .type(event.type())
                .timestamp(Date.from(event.occurredAt()))
                .appId(APP_ID)
                .headers(headers)
                .build();
        return new EventMessage(event.type(), properties, json(published));
    }

    private static byte[] json(PublishedEvent published) {
        try {
            return JSON.writeValueAsBytes(published.toJsonTree());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + published.id() + " cannot be written as JSON", e);
        }
    }
}
