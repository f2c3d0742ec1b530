package io.apotheca.application.shared;

import io.apotheca.application.shared.port.out.IdempotencyKeys;
import io.apotheca.application.shared.port.out.IdempotencyKeys.Claim;
import io.apotheca.application.shared.port.out.IdempotencyKeys.Claimed;
import io.apotheca.application.shared.port.out.IdempotencyKeys.InFlight;
import io.apotheca.application.shared.port.out.IdempotencyKeys.Mismatch;
import io.apotheca.application.shared.port.out.IdempotencyKeys.Replay;
import io.apotheca.application.shared.port.out.IdempotencyKeys.StoredResponse;
import io.apotheca.domain.identity.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one Idempotency-Key mechanism every retry-safe command goes through (checkout, payment,
 * refund): the same key with the same request replays the first response; with another request it
 * is refused ({@code idempotency_key_reused}); while the first is still running it is refused as a
 * conflict. A command that fails unexpectedly gives its key back, so the client may retry it.
 */
public final class IdempotentRequests {

    /** How long a first response is replayed. */
    public static final Duration RETENTION = Duration.ofHours(24);

    /** How long a claim in flight is protected; past it, a command is presumed dead and a retry may run. */
    public static final Duration LEASE = Duration.ofMinutes(2);

    private final IdempotencyKeys keys;
    private final Clock clock;

    public IdempotentRequests(IdempotencyKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** What became of a request. */
    public sealed interface Result {}

    /** The response to give: the command's own, or the replayed first one. */
    public record Respond(StoredResponse response) implements Result {}

    /** The key belongs to another request. */
    public record KeyReused() implements Result {}

    /** The first request with this key is still running. */
    public record StillRunning() implements Result {}

    /**
     * Runs {@code command} once per key.
     *
     * @param scope what the key is for, such as {@code POST /orders}
     * @param fingerprint a digest of the request (method, path, body)
     * @param command produces the response to store and give
     */
    public Result run(UserId user, String scope, String key, String fingerprint, Supplier<StoredResponse> command) {
        return runStoringAlong(user, scope, key, fingerprint, completion -> command.get());
    }

    /**
     * {@link #run}, handing the command the claimed key: a command that stores its response itself,
     * with its own writes ({@link KeyCompletion#storedAlong()}), spares the round trip that would
     * store it after.
     */
    public Result runStoringAlong(
            UserId user,
            String scope,
            String key,
            String fingerprint,
            Function<KeyCompletion, StoredResponse> command) {
        Claim claim = keys.claim(user, scope, key, fingerprint, clock.instant(), LEASE, RETENTION);
        if (claim instanceof Replay replay) {
            return new Respond(replay.response());
        }
        if (claim instanceof Mismatch) {
            return new KeyReused();
        }
        if (claim instanceof InFlight) {
            return new StillRunning();
        }
        if (!(claim instanceof Claimed)) {
            throw new IllegalStateException("unknown claim " + claim);
        }
        StoredResponse response;
        KeyCompletion completion = new KeyCompletion(user, scope, key);
        try {
            response = command.apply(completion);
        } catch (RuntimeException failure) {
            keys.release(user, scope, key);
            throw failure;
        }
        if (response.status() >= 500) {
            keys.release(user, scope, key); // a server failure is not an answer worth replaying
        } else if (!completion.stored()) {
            keys.complete(user, scope, key, response);
        }
        return new Respond(response);
    }
}
