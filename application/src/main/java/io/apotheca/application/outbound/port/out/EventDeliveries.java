package io.apotheca.application.outbound.port.out;

import io.apotheca.application.events.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * The delivery queue: one row per event and destination (the broker, or one endpoint). A delivery
 * is due when its next attempt has come and no earlier delivery about the same record to the same
 * destination waits for a later time, so each destination hears of one record's events in order.
 * Deliveries are claimed for a while before they are sent, outside any transaction, and their
 * outcome recorded after: a deliverer that dies leaves its claim to run out, and the deliveries are
 * sent again (at least once).
 */
public interface EventDeliveries {

    /** Queues the event for the broker ({@code endpoint} empty) or an endpoint; queueing it twice keeps one. */
    void queue(DomainEvent event, Optional<UUID> endpoint, Instant at);

    /**
     * Claims up to {@code limit} due deliveries to the destination, oldest first, until {@code
     * claimedUntil}: until then no deliverer takes them, nor the later deliveries about the same
     * records. Claims for one destination are made one at a time, so two deliverers never split a
     * record's events between them.
     */
    List<QueuedDelivery> claimDue(Optional<UUID> endpoint, Instant now, int limit, Instant claimedUntil);

    /** Gives claimed deliveries back unsent, due again at {@code now}. */
    void release(List<Long> ids, Instant now);

    /** Starts the endpoint's waiting deliveries afresh from {@code now}: for an endpoint turned on again. */
    void restart(UUID endpoint, Instant now);

    /** Closes a delivery unsent: its endpoint no longer asks for its type. */
    void skipped(long id, Instant at);

    /** The active endpoints with a delivery due. */
    List<UUID> endpointsDue(Instant now);

    void delivered(long id, Instant at, OptionalInt status);

    /** An attempt failed; the next is at {@code next}. */
    void failed(long id, Instant at, OptionalInt status, String error, Instant next);

    /** An attempt failed and no other follows. */
    void givenUp(long id, Instant at, OptionalInt status, String error);

    /** The endpoint's latest deliveries, newest first. */
    List<DeliveryRecord> log(UUID endpoint, int limit);

    Optional<DeliveryRecord> byId(UUID endpoint, long id);

    /** Queues the delivery again from now, as new: for a redelivery an administrator asked for. */
    void requeue(long id, Instant now);

    /** How many deliveries wait, per destination ({@code broker}, {@code webhooks}). */
    Backlog backlog();

    /**
     * A delivery taken from the queue.
     *
     * @param id the delivery's id
     * @param event what to deliver
     * @param attempts attempts made so far
     * @param queuedAt when it was queued (or queued again)
     */
    record QueuedDelivery(long id, DomainEvent event, int attempts, Instant queuedAt) {}

    /**
     * How many deliveries wait.
     *
     * @param broker to the broker
     * @param webhooks to webhook endpoints
     */
    record Backlog(long broker, long webhooks) {}

    /**
     * One line of an endpoint's delivery log.
     *
     * @param id the delivery's id
     * @param eventId the event's id
     * @param eventType its type
     * @param status {@code PENDING}, {@code DELIVERED}, {@code GIVEN_UP} or {@code SKIPPED} (the
     *     endpoint stopped asking for the type)
     * @param attempts attempts made
     * @param queuedAt when it was queued
     * @param lastAttemptAt when it was last tried
     * @param lastResponseStatus the receiver's last HTTP status, if it answered
     * @param lastError why the last attempt failed, if it did
     * @param nextAttemptAt when it is tried next, while pending
     * @param deliveredAt when the receiver took it
     */
    record DeliveryRecord(
            long id,
            UUID eventId,
            String eventType,
            String status,
            int attempts,
            Instant queuedAt,
            Optional<Instant> lastAttemptAt,
            OptionalInt lastResponseStatus,
            Optional<String> lastError,
            Optional<Instant> nextAttemptAt,
            Optional<Instant> deliveredAt) {}
}
