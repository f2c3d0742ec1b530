package io.apotheca.application.shared.port.out;

import java.util.UUID;

/**
 * Hands out the ids of new records: patients, orders, batches, prescriptions. Ids are time-ordered
 * (UUIDv7), so they index well and sort roughly by creation, and they are never guessable
 * sequence numbers.
 */
@FunctionalInterface
public interface IdGenerator {

    /** A new id, never handed out before. */
    UUID next();
}
