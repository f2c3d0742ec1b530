package io.apotheca.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a body whose declared length is over the limit before any of it is used: the JSON limit,
 * or for a multipart upload the upload limit. Bodies sent without a length are still counted while
 * read, by Javalin's own limit and Jetty's multipart limits.
 *
 * <p>A client that is still sending when the refusal goes out may lose the answer if the connection
 * closes under it. So a body over the limit is read and thrown
 * away first when it is at most {@link #DRAIN_ALLOWANCE_BYTES} over the limit (the body deadline still
 * bounds how long that may take); a larger one is refused at once.
 */
final class DeclaredBodyLimit {

    static final long DRAIN_ALLOWANCE_BYTES = 4L * 1024 * 1024;

    private final long maxBytes;

    DeclaredBodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void check(Context ctx) {
        long limit = Uploads.isMultipart(ctx) ? Uploads.MAX_REQUEST_BYTES : maxBytes;
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            if (declared <= limit + DRAIN_ALLOWANCE_BYTES) {
                discardBody(ctx);
            }
            ctx.header("Connection", "close");
            throw new HttpResponseException(
                    HttpStatus.CONTENT_TOO_LARGE.getCode(), "The request body is larger than " + limit + " bytes.");
        }
    }

    private static void discardBody(Context ctx) {
        byte[] sink = new byte[64 * 1024];
        try (InputStream body = ctx.req().getInputStream()) {
            while (body.read(sink) != -1) {
                // thrown away: only the refusal matters
            }
        } catch (IOException gone) {
            // the client stopped sending; the refusal is still the answer
        }
    }
}
