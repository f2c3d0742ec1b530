package io.apotheca.application.shared.port.out;

import io.apotheca.domain.identity.UserId;
import java.time.Duration;
import java.time.Instant;

/**
 * The record of Idempotency-Keys. Claiming is atomic and committed at once, outside the command's
 * transaction, so that of two concurrent requests with one key exactly one runs.
 */
public interface IdempotencyKeys {

    /**
     * Claims the key for a request, or says what became of an earlier claim.
     *
     * @param lease how long a claim in flight is protected before a retry may take it over
     * @param retention how long a completed response is replayed
     */
    Claim claim(
            UserId user, String scope, String key, String fingerprint, Instant now, Duration lease, Duration retention);

    /** Stores the response of the command that claimed the key. */
    void complete(UserId user, String scope, String key, StoredResponse response);

    /** Gives the key up after its command failed unexpectedly, so a retry can run it. */
    void release(UserId user, String scope, String key);

    /** What a claim came to. */
    sealed interface Claim {}

    /** This request owns the key: run the command, then complete or release it. */
    record Claimed() implements Claim {}

    /** The same request ran before: answer with its stored response. */
    record Replay(StoredResponse response) implements Claim {}

    /** The same key is being used by a request still running. */
    record InFlight() implements Claim {}

    /** The key was used for a different request. */
    record Mismatch() implements Claim {}

    /**
     * A response as it was first given.
     *
     * @param status its status code
     * @param contentType its media type
     * @param body its body
     */
    record StoredResponse(int status, String contentType, String body) {}
}
