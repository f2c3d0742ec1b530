package io.apotheca.redis;

import io.apotheca.application.shared.RateLimit;
import io.apotheca.application.shared.port.out.DependencyUnavailableException;
import io.apotheca.application.shared.port.out.RateLimiter;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.jedis.Bucket4jJedis;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Token buckets kept in Redis (bucket4j, compare-and-swap), so every instance of the pharmacy counts
 * a client's attempts together. A bucket's key expires once it would be full again.
 */
final class JedisRateLimiter implements RateLimiter {

    private final ProxyManager<byte[]> buckets;
    private final String keyPrefix;

    JedisRateLimiter(RedisClient client, String keyPrefix) {
        this.buckets = Bucket4jJedis.casBasedBuilder(client)
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
        this.keyPrefix = keyPrefix + "rate:";
    }

    @Override
    public Optional<Duration> tryAcquire(String key, RateLimit limit) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(l -> l.capacity(limit.count()).refillGreedy(limit.count(), limit.period()))
                .build();
        byte[] redisKey =
                (keyPrefix + key + "|" + limit.count() + "/" + limit.period()).getBytes(StandardCharsets.UTF_8);
        ConsumptionProbe probe;
        try {
            probe = buckets.builder().build(redisKey, () -> configuration).tryConsumeAndReturnRemaining(1);
        } catch (JedisException e) {
            // never let an attempt through uncounted: without Redis the limit cannot be kept, so refuse
            throw new DependencyUnavailableException("redis", e);
        }
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
