package io.apotheca.domain.limits;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * At most {@code most} of the group's amount in any {@code window}: what was bought after the start
 * of the window (now less its length, that instant excluded) counts.
 *
 * @param most the most, in the group's unit (such as milligrams of pseudoephedrine base)
 * @param window the rolling window, from one minute to a year
 */
public record WindowRule(long most, Duration window) {

    public WindowRule {
        Objects.requireNonNull(window, "window");
        if (most < 1) {
            throw new IllegalArgumentException("a limit allows at least one unit of amount, not " + most);
        }
        if (window.compareTo(Duration.ofMinutes(1)) < 0 || window.compareTo(Duration.ofDays(366)) > 0) {
            throw new IllegalArgumentException("a window lasts a minute to a year, not " + window);
        }
    }

    /** Whether a purchase at that instant still counts at {@code now}. */
    public boolean counts(Instant purchasedAt, Instant now) {
        return purchasedAt.isAfter(now.minus(window));
    }
}
