package io.apotheca.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the API reports its requests, and what {@code /metrics} answers.
 *
 * @param registry receives one timer per method, route pattern and status
 * @param scrape the registry's figures in Prometheus text format
 * @param token when present, {@code /metrics} asks for {@code Authorization: Bearer <token>}
 */
public record HttpMetrics(MeterRegistry registry, Supplier<String> scrape, Optional<String> token) {

    public HttpMetrics {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(scrape, "scrape");
        Objects.requireNonNull(token, "token");
    }

    /** Kept in memory and never scraped: for tests of other parts of the API. */
    public static HttpMetrics unscraped() {
        return new HttpMetrics(new SimpleMeterRegistry(), () -> "", Optional.empty());
    }
}
