package io.apotheca.application.shared;

import java.time.Duration;
import java.util.Objects;

/**
 * How many attempts one client may make per period.
 *
 * @param count attempts per period
 * @param period the period over which the bucket refills
 */
public record RateLimit(int count, Duration period) {

    public RateLimit {
        Objects.requireNonNull(period, "period");
        if (count < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("a rate limit allows at least one attempt per positive period");
        }
    }
}
