package io.apotheca.http;

import io.javalin.http.Context;

/**
 * Headers every answer carries before its handler runs: {@code X-Content-Type-Options: nosniff}, so
 * no browser reads a JSON body or a prescription as a page; and {@code Cache-Control: no-store}, so
 * no browser or proxy keeps tokens, orders, carts, prescriptions or errors. A resource that may be
 * kept (a product picture) replaces the second with its own.
 */
final class ResponseHeaders {

    static final String NO_STORE = "no-store";

    private ResponseHeaders() {}

    static void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", NO_STORE);
    }
}
