package io.apotheca.application.outbound.port.in;

/** Sends what is due from a destination's queue: run by a scheduled job. */
@FunctionalInterface
public interface DeliverEventsUseCase {

    /** Delivers what is due now; returns how many were delivered. */
    int deliverDue();
}
