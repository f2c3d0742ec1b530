package io.apotheca.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.shared.RateLimit;
import io.apotheca.application.shared.RateLimiterContract;
import io.apotheca.application.shared.port.out.RateLimiter;
import io.apotheca.testsupport.RedisExtension;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Redis buckets, on real time, held to the rate-limiter contract, and shared by every instance. */
class RedisRateLimiterIT extends RateLimiterContract {

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();

    private static RedisAdapters adapters;

    @BeforeAll
    static void open() {
        adapters = connect();
    }

    @AfterAll
    static void close() {
        adapters.close();
    }

    @Override
    protected RateLimiter limiter() {
        return adapters.rateLimiter();
    }

    @Override
    protected void passes(Duration time) throws InterruptedException {
        Thread.sleep(time.toMillis());
    }

    @Test
    void two_instances_share_one_bucket_per_key() {
        RateLimit threePerHour = new RateLimit(3, Duration.ofHours(1));
        try (RedisAdapters first = connect();
                RedisAdapters second = connect()) {
            RateLimiter a = first.rateLimiter();
            RateLimiter b = second.rateLimiter();

            assertThat(a.tryAcquire("login:10.0.0.7", threePerHour)).isEmpty();
            assertThat(b.tryAcquire("login:10.0.0.7", threePerHour)).isEmpty();
            assertThat(a.tryAcquire("login:10.0.0.7", threePerHour)).isEmpty();

            assertThat(b.tryAcquire("login:10.0.0.7", threePerHour))
                    .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofHours(1)));
            assertThat(a.tryAcquire("login:10.0.0.8", threePerHour))
                    .as("another client has its own bucket")
                    .isEmpty();
        }
    }

    private static RedisAdapters connect() {
        return RedisAdapters.connect(
                new RedisSettings(URI.create(redis.redis().url()), redis.redis().keyPrefix()));
    }
}
