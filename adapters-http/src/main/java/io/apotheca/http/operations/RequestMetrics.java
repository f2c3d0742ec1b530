package io.apotheca.http.operations;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Times every request by method, matched route pattern (never the path with its ids, so the number
 * of series stays bounded) and status, as a histogram Prometheus can take percentiles from; and
 * counts the round trips to the database each request made, by method and route, so that a hot
 * path that starts to cost more shows in production as it does in the statement-budget tests.
 */
public final class RequestMetrics {

    private static final String STATEMENTS_BEFORE = "apotheca.statementsBefore";

    private final MeterRegistry registry;
    private final LongSupplier statements;

    public RequestMetrics(MeterRegistry registry, LongSupplier statements) {
        this.registry = registry;
        this.statements = statements;
    }

    /** Notes the thread's round trips so far, before anything else runs for the request. */
    public void begin(Context ctx) {
        ctx.attribute(STATEMENTS_BEFORE, statements.getAsLong());
    }

    public void record(Context ctx, Float millis) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        String route = endpoint == null ? "unmatched" : endpoint.path;
        Timer.builder("http.server.requests")
                .description("HTTP requests answered, by method, route and status")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", Integer.toString(ctx.statusCode()))
                .publishPercentileHistogram()
                .register(registry)
                .record((long) (millis * 1_000_000L), TimeUnit.NANOSECONDS);
        Long before = ctx.attribute(STATEMENTS_BEFORE);
        if (before != null) {
            DistributionSummary.builder("apotheca.http.database.statements")
                    .description("Round trips to the database per request, by method and route")
                    .tag("method", ctx.method().name())
                    .tag("route", route)
                    .register(registry)
                    .record(statements.getAsLong() - before);
        }
    }
}
