package io.apotheca.application.shared.port.out;

import io.apotheca.application.shared.RateLimit;
import java.time.Duration;
import java.util.Optional;

/**
 * Token buckets that slow down guessing: one bucket per key (such as {@code login:<address>}),
 * shared by every instance when Redis is configured.
 */
public interface RateLimiter {

    /** Takes one attempt from the key's bucket: empty when allowed, else how long until the next one is. */
    Optional<Duration> tryAcquire(String key, RateLimit limit);

    /** Whether the key's bucket has an attempt left, taking none: empty when it has, else how long until it will. */
    Optional<Duration> waitFor(String key, RateLimit limit);
}
