package io.apotheca.persistence;

import io.apotheca.application.shared.KeyCompletion;

/** The statement that stores the response given under an Idempotency-Key, for any round trip to carry. */
public final class KeyResponses {

    private static final String STORE = """
            UPDATE idempotency_keys SET state = 'COMPLETED', response_status = ?, response_type = ?, response_body = ?
            WHERE user_id = ? AND scope = ? AND key = ?""";

    private KeyResponses() {}

    /** Adds to a round trip the statement that stores the key's response. */
    public static void storeIn(OneTrip trip, KeyCompletion.Along along) {
        trip.execute(
                STORE,
                along.response().status(),
                along.response().contentType(),
                along.response().body(),
                along.user().value(),
                along.scope(),
                along.key());
    }
}
