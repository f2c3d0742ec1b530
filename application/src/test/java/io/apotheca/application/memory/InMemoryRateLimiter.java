package io.apotheca.application.memory;

import io.apotheca.application.shared.RateLimit;
import io.apotheca.application.shared.port.out.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Token buckets in a map that refill greedily, as bucket4j's do, but by the given clock, so a test
 * moves time on instead of waiting for a bucket to fill again.
 */
public final class InMemoryRateLimiter implements RateLimiter {

    private final Clock clock;
    private final Map<String, Bucket> buckets = new HashMap<>();

    public InMemoryRateLimiter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Optional<Duration> tryAcquire(String key, RateLimit limit) {
        Bucket bucket = refilled(key, limit);
        if (bucket.tokens() >= 1) {
            buckets.put(key(key, limit), new Bucket(bucket.tokens() - 1, bucket.at()));
            return Optional.empty();
        }
        return Optional.of(untilOne(bucket, limit));
    }

    @Override
    public synchronized Optional<Duration> waitFor(String key, RateLimit limit) {
        Bucket bucket = refilled(key, limit);
        return bucket.tokens() >= 1 ? Optional.empty() : Optional.of(untilOne(bucket, limit));
    }

    /** The key's bucket now: full when new, else what it held plus what has dripped in since. */
    private Bucket refilled(String key, RateLimit limit) {
        Instant now = clock.instant();
        Bucket bucket = buckets.getOrDefault(key(key, limit), new Bucket(limit.count(), now));
        double dripped = (double) Duration.between(bucket.at(), now).toNanos()
                * limit.count()
                / limit.period().toNanos();
        Bucket current = new Bucket(Math.min(limit.count(), bucket.tokens() + Math.max(0, dripped)), now);
        buckets.put(key(key, limit), current);
        return current;
    }

    private static Duration untilOne(Bucket bucket, RateLimit limit) {
        return Duration.ofNanos(
                (long) Math.ceil((1 - bucket.tokens()) * limit.period().toNanos() / limit.count()));
    }

    private static String key(String key, RateLimit limit) {
        return key + "|" + limit.count() + "/" + limit.period();
    }

    private record Bucket(double tokens, Instant at) {}
}
