package io.apotheca.http.problem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests the server turns away before any route sees them (an address that cannot be read, such as
 * one holding an encoded NUL; headers too large; a body that did not arrive in time) are answered as
 * problem+json like every other refusal, never as Jetty's HTML page.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(
            Request request, Response response, int status, String message, Throwable cause, Callback callback)
            throws IOException {
        String code = switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 408 -> "request_timeout";
            case 413 -> "payload_too_large";
            case 414 -> "uri_too_long";
            case 431 -> "headers_too_large";
            case 503 -> "service_unavailable";
            default -> "http_" + status;
        };
        String body = "{\"type\":\"urn:apotheca:problem:" + code + "\",\"title\":\"" + Refusals.titleOf(code)
                + "\",\"status\":" + status + ",\"detail\":\"The server could not read this request.\",\"code\":\""
                + code + "\"}";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemResponses.CONTENT_TYPE);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
