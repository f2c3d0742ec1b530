package io.apotheca.http.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.apotheca.application.shared.port.out.DependencyUnavailableException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.EndpointNotFound;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses. Unknown routes, wrong methods, malformed JSON,
 * oversized bodies and unexpected exceptions all leave as problem+json; an unexpected exception is
 * logged (with the request id) and its class, message and stack trace never reach the client.
 */
public final class ProblemResponses {

    /** The media type of every error body. */
    public static final String CONTENT_TYPE = "application/problem+json";

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    private ProblemResponses() {}

    /** Registers the mappings on the API's routes. */
    public static void registerOn(RoutesConfig routes) {
        routes.exception(ProblemException.class, (e, ctx) -> send(ctx, e.problem()));
        routes.exception(EndpointNotFound.class, (e, ctx) -> send(ctx, notFound()));
        routes.exception(MethodNotAllowedResponse.class, ProblemResponses::methodNotAllowed);
        routes.exception(HttpResponseException.class, ProblemResponses::fromStatus);
        routes.exception(JsonProcessingException.class, (e, ctx) -> send(ctx, malformedJson()));
        routes.exception(MismatchedInputException.class, (e, ctx) -> send(ctx, WrongTypes.problem(e)));
        routes.exception(DependencyUnavailableException.class, ProblemResponses::unavailable);
        routes.exception(Exception.class, ProblemResponses::unexpected);
        // Javalin answers a read that timed out with a bare 408 of its own, before any mapping above
        routes.error(408, "*", ctx -> send(ctx, ClientFailures.requestTimeout()));
    }

    /** The request attribute naming the {@link ErrorDialect} of the request's path, if it has one. */
    private static final String DIALECT = "apotheca.errorDialect";

    /** Errors under each dialect's path prefix are written in that dialect. */
    public static void speak(RoutesConfig routes, List<ErrorDialect> dialects) {
        routes.before(ctx -> dialects.stream()
                .filter(d -> ctx.path().startsWith(d.pathPrefix()))
                .findFirst()
                .ifPresent(d -> ctx.attribute(DIALECT, d)));
    }

    /** Writes a problem as the response (in the dialect of the request's path, if it has one). */
    public static void send(Context ctx, Problem problem) {
        ErrorDialect dialect = ctx.attribute(DIALECT);
        if (dialect != null) {
            String fields = problem.errors().stream()
                    .map(e -> e.field() + " " + e.message())
                    .collect(java.util.stream.Collectors.joining("; "));
            dialect.send(
                    ctx,
                    problem.status(),
                    problem.code(),
                    fields.isEmpty() ? problem.detail() : problem.detail() + " " + fields);
            return;
        }
        ctx.status(problem.status()).json(problem).contentType(CONTENT_TYPE);
    }

    /** The answer for a resource that does not exist, or that is not the caller's to see. */
    public static Problem notFound() {
        return Problem.of(404, "not_found", "Not found", "There is no such resource.");
    }

    /** The answer for a body that is not a JSON object: empty, {@code null}, an array or a bare value. */
    public static Problem jsonObjectRequired() {
        return Problem.of(400, "malformed_json", "Malformed JSON", "A JSON object is required.");
    }

    private static Problem malformedJson() {
        return Problem.of(400, "malformed_json", "Malformed JSON", "The request body is not well-formed JSON.");
    }

    private static void methodNotAllowed(MethodNotAllowedResponse e, Context ctx) {
        String allowed = e.getDetails().get("availableMethods");
        if (allowed != null) {
            ctx.header("Allow", allowed);
        }
        send(
                ctx,
                Problem.of(
                        405,
                        "method_not_allowed",
                        "Method not allowed",
                        "This resource does not accept " + ctx.method().name() + "."));
    }

    private static void fromStatus(HttpResponseException e, Context ctx) {
        send(
                ctx,
                switch (e.getStatus()) {
                    case 400 -> Problem.of(400, "bad_request", "Bad request", e.getMessage());
                    case 401 -> Problem.of(401, "unauthenticated", "Unauthenticated", "Sign in to do this.");
                    case 403 -> Problem.of(403, "forbidden", "Forbidden", "You may not do this.");
                    case 404 -> notFound();
                    case 413 -> Problem.of(413, "payload_too_large", "Payload too large", e.getMessage());
                    case 415 -> Problem.of(415, "unsupported_media_type", "Unsupported media type", e.getMessage());
                    default ->
                        Problem.of(e.getStatus(), "http_" + e.getStatus(), "HTTP " + e.getStatus(), e.getMessage());
                });
    }

    private static void unavailable(DependencyUnavailableException e, Context ctx) {
        LOG.warn("{} does not answer on {} {}: {}", e.dependency(), ctx.method().name(), ctx.path(), e.getMessage());
        ctx.header("Retry-After", "5");
        send(
                ctx,
                Problem.of(
                        503,
                        "service_unavailable",
                        "Service unavailable",
                        "A system the pharmacy depends on does not answer; nothing was done. Try again shortly."));
    }

    private static void unexpected(Exception e, Context ctx) {
        // a body is read as text before it is parsed, so a failure reading it (the client's) lands here
        Optional<Problem> client = ClientFailures.of(e);
        if (client.isPresent()) {
            LOG.info(
                    "{} {}: {} ({})",
                    ctx.method().name(),
                    ctx.path(),
                    client.get().detail(),
                    e.toString());
            send(ctx, client.get());
            return;
        }
        LOG.error("Unexpected failure on {} {}", ctx.method().name(), ctx.path(), e);
        send(
                ctx,
                Problem.of(
                        500,
                        "internal_error",
                        "Internal error",
                        "Something went wrong on our side; quote the request id when you report it."));
    }
}
