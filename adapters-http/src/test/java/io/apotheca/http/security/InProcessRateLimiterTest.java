package io.apotheca.http.security;

import io.apotheca.application.shared.RateLimiterContract;
import io.apotheca.application.shared.port.out.RateLimiter;
import java.time.Duration;

/** The in-process buckets, on real time, held to the rate-limiter contract. */
class InProcessRateLimiterTest extends RateLimiterContract {

    private final InProcessRateLimiter limiter = new InProcessRateLimiter();

    @Override
    protected RateLimiter limiter() {
        return limiter;
    }

    @Override
    protected void passes(Duration time) throws InterruptedException {
        Thread.sleep(time.toMillis());
    }
}
