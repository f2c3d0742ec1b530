package io.apotheca.http;

import io.apotheca.application.shared.Outcome;
import io.apotheca.http.problem.Refusals;
import io.javalin.http.Context;
import java.util.function.Function;

/** Writes a use case's outcome: its view with the success status, or its refusal as a problem. */
public final class Responses {

    private Responses() {}

    public static <T> void respond(Context ctx, Outcome<T> outcome, int status, Function<T, ?> view) {
        if (outcome instanceof Outcome.Done<T> done) {
            ctx.status(status).json(view.apply(done.value()));
        } else if (outcome instanceof Outcome.Refused<T> refused) {
            Refusals.send(ctx, refused.refusal());
        }
    }

    /** 204 and no body when done; the refusal's problem otherwise. */
    public static void noContent(Context ctx, Outcome<?> outcome) {
        if (outcome instanceof Outcome.Refused<?> refused) {
            Refusals.send(ctx, refused.refusal());
        } else {
            ctx.status(204);
        }
    }
}
