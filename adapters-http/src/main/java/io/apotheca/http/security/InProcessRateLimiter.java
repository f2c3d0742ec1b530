package io.apotheca.http.security;

import io.apotheca.application.shared.RateLimit;
import io.apotheca.application.shared.port.out.RateLimiter;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets in this process's memory (bucket4j), for when no Redis is configured: each instance
 * counts on its own. At most 100,000 buckets are kept; past that they all start afresh.
 */
final class InProcessRateLimiter implements RateLimiter {

    private static final int MAX_BUCKETS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Override
    public Optional<Duration> tryAcquire(String key, RateLimit limit) {
        ConsumptionProbe probe = bucket(key, limit).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public Optional<Duration> waitFor(String key, RateLimit limit) {
        EstimationProbe probe = bucket(key, limit).estimateAbilityToConsume(1);
        return probe.canBeConsumed()
                ? Optional.empty()
                : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket bucket(String key, RateLimit limit) {
        if (buckets.size() > MAX_BUCKETS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(
                key + "|" + limit.count() + "/" + limit.period(),
                k -> Bucket.builder()
                        .addLimit(l -> l.capacity(limit.count()).refillGreedy(limit.count(), limit.period()))
                        .build());
    }
}
