package io.apotheca.application.events.port.in;

/** The pharmacy hands recorded events to the publisher, oldest first, each at least once. */
public interface RelayEventsUseCase {

    /** How many events were published now. */
    int relay();
}
