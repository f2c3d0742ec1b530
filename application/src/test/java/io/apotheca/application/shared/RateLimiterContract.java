package io.apotheca.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.shared.port.out.RateLimiter;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every rate limiter must do, wherever it keeps its buckets: as many attempts per key as the
 * limit allows, then a refusal saying how long to wait, and attempts again once the period has
 * passed. The in-memory fake, the in-process and the Redis limiters each extend this class.
 */
public abstract class RateLimiterContract {

    /** Three attempts a second: short, so a limiter on real time refills within the test. */
    protected static final RateLimit THREE_PER_SECOND = new RateLimit(3, Duration.ofSeconds(1));

    /** The limiter under test. */
    protected abstract RateLimiter limiter();

    /** Lets this much time pass, by the limiter's clock. */
    protected abstract void passes(Duration time) throws InterruptedException;

    @Test
    void a_key_gets_as_many_attempts_as_its_limit_then_a_wait_no_longer_than_the_period() {
        String key = aKey();

        for (int attempt = 1; attempt <= THREE_PER_SECOND.count(); attempt++) {
            assertThat(limiter().tryAcquire(key, THREE_PER_SECOND))
                    .as("attempt %d", attempt)
                    .isEmpty();
        }

        assertThat(limiter().tryAcquire(key, THREE_PER_SECOND))
                .hasValueSatisfying(
                        wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(THREE_PER_SECOND.period()));
        assertThat(limiter().waitFor(key, THREE_PER_SECOND))
                .hasValueSatisfying(
                        wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(THREE_PER_SECOND.period()));
    }

    @Test
    void another_key_has_a_bucket_of_its_own() {
        String key = aKey();
        for (int attempt = 1; attempt <= THREE_PER_SECOND.count(); attempt++) {
            limiter().tryAcquire(key, THREE_PER_SECOND);
        }

        assertThat(limiter().tryAcquire(aKey(), THREE_PER_SECOND)).isEmpty();
        assertThat(limiter().waitFor(key, THREE_PER_SECOND)).isPresent();
    }

    @Test
    void asking_whether_an_attempt_is_left_takes_none() {
        String key = aKey();

        for (int look = 1; look <= THREE_PER_SECOND.count() + 2; look++) {
            assertThat(limiter().waitFor(key, THREE_PER_SECOND)).isEmpty();
        }

        for (int attempt = 1; attempt <= THREE_PER_SECOND.count(); attempt++) {
            assertThat(limiter().tryAcquire(key, THREE_PER_SECOND))
                    .as("attempt %d", attempt)
                    .isEmpty();
        }
    }

    @Test
    void once_the_period_has_passed_the_key_is_allowed_again() throws InterruptedException {
        String key = aKey();
        for (int attempt = 1; attempt <= THREE_PER_SECOND.count(); attempt++) {
            limiter().tryAcquire(key, THREE_PER_SECOND);
        }
        assertThat(limiter().tryAcquire(key, THREE_PER_SECOND)).isPresent();

        passes(THREE_PER_SECOND.period().plusMillis(100));

        assertThat(limiter().waitFor(key, THREE_PER_SECOND)).isEmpty();
        assertThat(limiter().tryAcquire(key, THREE_PER_SECOND)).isEmpty();
    }

    private static String aKey() {
        return "login:" + UUID.randomUUID();
    }
}
