package io.apotheca.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Where the API reports its requests, and what {@code /metrics} answers.
 *
 * @param registry receives one timer per method, route pattern and status
 * @param scrape the registry's figures in Prometheus text format
 * @param token when present, {@code /metrics} asks for {@code Authorization: Bearer <token>}
 * @param statements the round trips to the database the calling thread has made so far; a request
 *     costs the difference across it, reported per method and route
 */
public record HttpMetrics(
        MeterRegistry registry, Supplier<String> scrape, Optional<String> token, LongSupplier statements) {

    public HttpMetrics {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(scrape, "scrape");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(statements, "statements");
    }

    /** Kept in memory and never scraped: for tests of other parts of the API. */
    public static HttpMetrics unscraped() {
        return new HttpMetrics(new SimpleMeterRegistry(), () -> "", Optional.empty(), () -> 0);
    }
}
