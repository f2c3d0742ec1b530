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

    /**
     * A read the client may hold on to: the view with its {@code ETag}, or 304 and no body when
     * {@code If-None-Match} names it. {@code Cache-Control: private, no-cache} lets the client's own
     * cache keep it, to be revalidated every time (the view may depend on who asks).
     */
    /**
     * {@link #respondConditionally(Context, Outcome, Function)}, with the body written once per
     * answer object: the same object answered again (a page kept in memory) is sent as written.
     */
    public static <T> void respondConditionally(
            Context ctx, Outcome<T> outcome, Function<T, ?> view, RenderedBodies bodies) {
        if (outcome instanceof Outcome.Done<T> done) {
            RenderedBodies.Rendered rendered = bodies.of(
                    done.value(), () -> ctx.jsonMapper().toJsonString(view.apply(done.value()), Object.class));
            ctx.header("ETag", rendered.etag()).header("Cache-Control", "private, no-cache");
            if (EntityTags.matches(ctx.header("If-None-Match"), rendered.etag())) {
                ctx.status(304);
                return;
            }
            ctx.status(200).contentType("application/json").result(rendered.body());
        } else {
            respondConditionally(ctx, outcome, view);
        }
    }

    public static <T> void respondConditionally(Context ctx, Outcome<T> outcome, Function<T, ?> view) {
        if (outcome instanceof Outcome.Done<T> done) {
            String body = ctx.jsonMapper().toJsonString(view.apply(done.value()), Object.class);
            String etag = EntityTags.of(body);
            ctx.header("ETag", etag).header("Cache-Control", "private, no-cache");
            if (EntityTags.matches(ctx.header("If-None-Match"), etag)) {
                ctx.status(304);
                return;
            }
            ctx.status(200).contentType("application/json").result(body);
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
