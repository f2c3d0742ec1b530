package io.apotheca.application.shared;

import io.apotheca.application.memory.InMemoryRateLimiter;
import io.apotheca.application.memory.SettableClock;
import io.apotheca.application.shared.port.out.RateLimiter;
import java.time.Duration;
import java.time.Instant;

/** The in-memory rate limiter, on a clock the test moves, held to the contract of the real ones. */
class InMemoryRateLimiterTest extends RateLimiterContract {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-30T09:00:00Z"));
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(clock);

    @Override
    protected RateLimiter limiter() {
        return limiter;
    }

    @Override
    protected void passes(Duration time) {
        clock.advance(time);
    }
}
