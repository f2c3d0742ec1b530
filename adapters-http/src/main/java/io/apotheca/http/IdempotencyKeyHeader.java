package io.apotheca.http;

import io.apotheca.application.shared.IdempotentRequests;
import io.apotheca.application.shared.IdempotentRequests.KeyReused;
import io.apotheca.application.shared.IdempotentRequests.Respond;
import io.apotheca.application.shared.KeyCompletion;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Sha256;
import io.apotheca.application.shared.port.out.IdempotencyKeys.StoredResponse;
import io.apotheca.http.problem.Problem;
import io.apotheca.http.problem.ProblemException;
import io.apotheca.http.problem.ProblemResponses;
import io.apotheca.http.problem.Refusals;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The {@code Idempotency-Key} header on retry-safe endpoints: the request's fingerprint (method,
 * path, body) and its rendered response go through {@link IdempotentRequests}, so a retry replays
 * the first answer byte for byte.
 */
public final class IdempotencyKeyHeader {

    static final String HEADER = "Idempotency-Key";

    private final IdempotentRequests requests;

    public IdempotencyKeyHeader(IdempotentRequests requests) {
        this.requests = requests;
    }

    /** Runs the command once per key (or every time, without the header) and writes its response. */
    public <T> void respond(
            Context ctx,
            Principal principal,
            String scope,
            int status,
            Supplier<Outcome<T>> command,
            Function<T, ?> view) {
        respondStoringAlong(ctx, principal, scope, status, (completion, rendering) -> command.get(), view);
    }

    /**
     * {@link #respond}, for a command that can store its response under the key itself, with its own
     * writes: it is given the claimed key (none without the header) and how its result is rendered.
     */
    public <T> void respondStoringAlong(
            Context ctx,
            Principal principal,
            String scope,
            int status,
            BiFunction<Optional<KeyCompletion>, Function<T, StoredResponse>, Outcome<T>> command,
            Function<T, ?> view) {
        String key = ctx.header(HEADER);
        Function<T, StoredResponse> rendering = result -> render(ctx, Outcome.done(result), status, view);
        if (key == null) {
            write(ctx, render(ctx, command.apply(Optional.empty(), rendering), status, view));
            return;
        }
        if (key.isBlank() || key.length() > 255) {
            throw Requests.invalid(HEADER, "must be 1 to 255 characters");
        }
        String fingerprint = Sha256.hex(ctx.method().name() + " " + ctx.path() + "\n" + ctx.body());
        IdempotentRequests.Result result = requests.runStoringAlong(
                principal.userId(),
                scope,
                key,
                fingerprint,
                completion -> render(ctx, command.apply(Optional.of(completion), rendering), status, view));
        if (result instanceof Respond respond) {
            write(ctx, respond.response());
        } else if (result instanceof KeyReused) {
            throw new ProblemException(Problem.of(
                    422,
                    "idempotency_key_reused",
                    "Idempotency key reused",
                    "This Idempotency-Key was used for a different request."));
        } else {
            throw new ProblemException(Problem.of(
                    409,
                    "request_in_progress",
                    "Request in progress",
                    "A request with this Idempotency-Key is still being processed; retry shortly."));
        }
    }

    private static <T> StoredResponse render(Context ctx, Outcome<T> outcome, int status, Function<T, ?> view) {
        if (outcome instanceof Outcome.Done<T> done) {
            return new StoredResponse(
                    status, "application/json", ctx.jsonMapper().toJsonString(view.apply(done.value()), Object.class));
        }
        Problem problem = Refusals.toProblem(((Outcome.Refused<T>) outcome).refusal());
        return new StoredResponse(
                problem.status(),
                ProblemResponses.CONTENT_TYPE,
                ctx.jsonMapper().toJsonString(problem, Problem.class));
    }

    private static void write(Context ctx, StoredResponse response) {
        ctx.status(response.status()).contentType(response.contentType()).result(response.body());
    }
}
