package io.apotheca.http.operations;

import io.apotheca.http.HttpMetrics;
import io.apotheca.http.Resource;
import io.apotheca.http.problem.Problem;
import io.apotheca.http.problem.ProblemResponses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code GET /metrics}, outside {@code /api/v1}: open, or, when a token is configured, for callers
 * that present it as a bearer token (compared in constant time).
 */
public final class MetricsResource implements Resource {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpMetrics metrics;

    public MetricsResource(HttpMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/metrics", this::scrape);
    }

    private void scrape(Context ctx) {
        if (metrics.token().isPresent()
                && !presents(ctx.header("Authorization"), metrics.token().get())) {
            ctx.header("WWW-Authenticate", "Bearer");
            ProblemResponses.send(
                    ctx,
                    Problem.of(401, "unauthenticated", "Unauthenticated", "The metrics need the operators' token."));
            return;
        }
        ctx.contentType(PROMETHEUS_TEXT).result(metrics.scrape().get());
    }

    private static boolean presents(String header, String token) {
        String presented = header != null && header.startsWith("Bearer ") ? header.substring(7) : "";
        return MessageDigest.isEqual(
                presented.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
