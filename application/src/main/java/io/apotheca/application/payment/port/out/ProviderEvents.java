package io.apotheca.application.payment.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The inbox of provider events: each event id once, whatever the number of deliveries; an event is
 * marked processed only after it was dealt with, so a failed one is tried again.
 */
public interface ProviderEvents {

    /**
     * Records a delivery; false when the event was already in the inbox. The delivery processes a
     * new event itself; {@link #due} offers it to the scheduler only some seconds later, if it is
     * still waiting then.
     */
    boolean record(ProviderEvent event, Instant at);

    /** The event if it still waits to be processed, with how often it was tried. */
    Optional<Pending> pending(String eventId);

    /** Marks it done; false when another delivery marked it first. */
    boolean markProcessed(String eventId, Instant at);

    /** Counts a failed try and when to try again; the error is the failure's kind, never a secret. */
    void markFailed(String eventId, String error, Instant at, Instant retryAt);

    /** Events waiting whose next try is due by {@code now}, oldest first. */
    List<String> due(Instant now, int limit);

    /**
     * An event waiting to be processed.
     *
     * @param event the event
     * @param attempts how many tries failed so far
     */
    record Pending(ProviderEvent event, int attempts) {}
}
