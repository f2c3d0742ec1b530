package io.apotheca.application.shared;

import io.apotheca.application.shared.port.out.IdempotencyKeys.StoredResponse;
import io.apotheca.domain.identity.UserId;

/**
 * A claimed Idempotency-Key whose response a command may store itself, in the same round trip as
 * its own writes, instead of {@link IdempotentRequests} storing it after: a checkout of the common
 * basket does so. The command says it did with {@link #storedAlong()}, once its writes (and the
 * response with them) are committed.
 */
public final class KeyCompletion {

    private final UserId user;
    private final String scope;
    private final String key;
    private volatile boolean stored;

    KeyCompletion(UserId user, String scope, String key) {
        this.user = user;
        this.scope = scope;
        this.key = key;
    }

    /** The key's row and the response to store in it. */
    public record Along(UserId user, String scope, String key, StoredResponse response) {}

    public Along with(StoredResponse response) {
        return new Along(user, scope, key, response);
    }

    /** The response was committed with the command's own writes. */
    public void storedAlong() {
        stored = true;
    }

    boolean stored() {
        return stored;
    }
}
