package io.apotheca.application.payment;

import io.apotheca.application.payment.port.out.ProviderEvent;
import io.apotheca.application.shared.Caller;

/**
 * Deals with one kind of provider event. Handlers run again when a delivery is retried, so each
 * leaves things as they are when the event was dealt with already.
 */
interface ProviderEventHandler<E extends ProviderEvent> {

    /** Deals with the event, in transactions of its own; throws to have it tried again later. */
    void handle(E event, Caller system);
}
