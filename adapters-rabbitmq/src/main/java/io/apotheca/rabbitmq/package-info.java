/**
 * RabbitMQ, when configured: the outbox relay hands the pharmacy's events (order placed, cancelled,
 * prescription approved, …) to {@link io.apotheca.rabbitmq.RabbitEventPublisher}, which publishes
 * each to a durable topic exchange ({@code apotheca.events}) under its type as routing key, in the
 * shape of {@link io.apotheca.application.events.PublishedEvent}. An event counts as published only
 * once the broker confirmed it; consumers bind queues of their own ({@code order.#}) and deduplicate
 * by message id, since an event may arrive twice but is never lost.
 */
package io.apotheca.rabbitmq;
