package io.apotheca.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a failed delivery is tried again: the wait doubles from {@code first} up to {@code longest},
 * and each wait is jittered (half of it fixed, half random) so that many failed deliveries do not
 * all come back at once. A delivery still failing after {@code giveUpAfter} is given up.
 *
 * @param first the wait after the first failure
 * @param longest the longest wait
 * @param giveUpAfter how long after it was queued a delivery is given up; empty: never
 */
public record DeliveryBackoff(Duration first, Duration longest, Optional<Duration> giveUpAfter) {

    /** Webhooks: 30 seconds, doubling to 6 hours, for three days (about 20 attempts). */
    public static final DeliveryBackoff WEBHOOKS =
            new DeliveryBackoff(Duration.ofSeconds(30), Duration.ofHours(6), Optional.of(Duration.ofDays(3)));

    /** The broker: 1 second, doubling to 10 seconds, never given up (an outage delays, loses nothing). */
    public static final DeliveryBackoff BROKER =
            new DeliveryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(10), Optional.empty());

    public DeliveryBackoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(longest, "longest");
        Objects.requireNonNull(giveUpAfter, "giveUpAfter");
    }

    /** The wait after {@code failures} failed attempts, before jitter. */
    public Duration wait(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

    /**
     * When to try again after {@code failures} failed attempts, or empty to give up.
     *
     * @param queuedAt when the delivery was queued
     * @param now when the last attempt failed
     * @param random a number in [0, 1), the jitter
     */
    public Optional<Instant> next(int failures, Instant queuedAt, Instant now, double random) {
        Duration wait = wait(failures);
        Duration jittered = wait.dividedBy(2).plusMillis((long) (wait.toMillis() / 2.0 * random));
        Instant next = now.plus(jittered);
        if (giveUpAfter.isPresent() && next.isAfter(queuedAt.plus(giveUpAfter.get()))) {
            return Optional.empty();
        }
        return Optional.of(next);
    }
}
