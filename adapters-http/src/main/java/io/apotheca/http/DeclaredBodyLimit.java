package io.apotheca.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;

/**
 * Refuses a body whose declared length is over the limit before a byte of it is read: the JSON limit,
 * or for a multipart upload the upload limit. Bodies sent without a length are still counted while
 * read, by Javalin's own limit and Jetty's multipart limits.
 */
final class DeclaredBodyLimit {

    private final long maxBytes;

    DeclaredBodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void check(Context ctx) {
        long limit = Uploads.isMultipart(ctx) ? Uploads.MAX_REQUEST_BYTES : maxBytes;
        if (ctx.req().getContentLengthLong() > limit) {
            throw new HttpResponseException(
                    HttpStatus.CONTENT_TOO_LARGE.getCode(), "The request body is larger than " + limit + " bytes.");
        }
    }
}
