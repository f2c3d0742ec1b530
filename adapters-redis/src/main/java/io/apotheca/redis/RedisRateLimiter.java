package io.apotheca.redis;

import io.apotheca.application.shared.RateLimit;
import io.apotheca.application.shared.port.out.DependencyUnavailableException;
import io.apotheca.application.shared.port.out.RateLimiter;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.jedis.Bucket4jJedis;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Token buckets kept in Redis (bucket4j, compare-and-swap), so every instance of the pharmacy counts
 * a client's attempts together. A bucket's key expires once it would be full again.
 */
final class RedisRateLimiter implements RateLimiter {

    private final ProxyManager<byte[]> buckets;
    private final String keyPrefix;

    RedisRateLimiter(RedisClient client, String keyPrefix) {
        this.buckets = Bucket4jJedis.casBasedBuilder(client)
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
        this.keyPrefix = keyPrefix + "rate:";
    }

    @Override
    public Optional<Duration> tryAcquire(String key, RateLimit limit) {
        ConsumptionProbe probe = inRedis(() -> bucket(key, limit).tryConsumeAndReturnRemaining(1));
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public Optional<Duration> waitFor(String key, RateLimit limit) {
        EstimationProbe probe = inRedis(() -> bucket(key, limit).estimateAbilityToConsume(1));
        return probe.canBeConsumed()
                ? Optional.empty()
                : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Never lets an attempt through uncounted: without Redis the limit cannot be kept, so refuse. */
    private static <T> T inRedis(Supplier<T> call) {
        try {
            return call.get();
        } catch (JedisException e) {
            throw new DependencyUnavailableException("redis", e);
        }
    }

    private Bucket bucket(String key, RateLimit limit) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(l -> l.capacity(limit.count()).refillGreedy(limit.count(), limit.period()))
                .build();
        byte[] redisKey =
                (keyPrefix + key + "|" + limit.count() + "/" + limit.period()).getBytes(StandardCharsets.UTF_8);
        return buckets.builder().build(redisKey, () -> configuration);
    }
}
