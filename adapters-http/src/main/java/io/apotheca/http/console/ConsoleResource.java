package io.apotheca.http.console;

import io.apotheca.http.Resource;
import io.apotheca.http.problem.ProblemException;
import io.apotheca.http.problem.ProblemResponses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The pharmacy console at {@code /console}: one page and its files, open to anyone (the console
 * signs in through the API, which decides what each role may read). Every answer forbids inline
 * script, {@code eval}, framing by another site and any address but this one.
 */
public final class ConsoleResource implements Resource {

    /**
     * Scripts, styles and API calls from this origin only; a prescription's scan shown from a {@code
     * blob:} the console made of it (a PDF through the browser's viewer, which the policy counts as
     * an object); nothing may frame the console, and no form posts anywhere.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' blob:; frame-src blob:; object-src blob:; connect-src 'self'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private static final String PAGE = "index.html";
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml");

    private final Function<String, Optional<byte[]>> files;

    /** @param files the console's files by name, {@code index.html} among them */
    public ConsoleResource(Function<String, Optional<byte[]>> files) {
        this.files = files;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/console", ctx -> serve(ctx, PAGE));
        routes.get("/console/{file}", ctx -> serve(ctx, ctx.pathParam("file")));
    }

    private void serve(Context ctx, String name) {
        byte[] bytes = files.apply(name).orElseThrow(() -> new ProblemException(ProblemResponses.notFound()));
        ctx.contentType(MEDIA_TYPES.get(name.substring(name.lastIndexOf('.') + 1)))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cross-Origin-Opener-Policy", "same-origin")
                .header("Cache-Control", "no-cache")
                .result(bytes);
    }
}
