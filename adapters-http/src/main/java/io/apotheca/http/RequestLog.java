package io.apotheca.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Writes one log line per request, carrying its id, method, matched route (the pattern, never the
 * path with its ids), status and duration as structured fields.
 */
final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger("io.apotheca.http.requests");

    void log(Context ctx, Float millis) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        String route = endpoint == null ? "unmatched" : endpoint.path;
        try (var method = MDC.putCloseable("method", ctx.method().name());
                var matched = MDC.putCloseable("route", route);
                var status = MDC.putCloseable("status", Integer.toString(ctx.statusCode()));
                var duration = MDC.putCloseable("durationMs", String.format(java.util.Locale.ROOT, "%.1f", millis))) {
            LOG.info("{} {} answered {}", ctx.method().name(), route, ctx.statusCode());
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }
}
