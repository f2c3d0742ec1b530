package io.apotheca.http.problem;

import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;

/**
 * Failures that are the client's doing, not the pharmacy's, recognised among an exception's causes
 * while its request was read: a body that did not arrive by its deadline or stopped arriving (408),
 * and a client that hung up mid-request. Neither is a server error, so neither is logged as one nor
 * counted as a 500.
 */
final class ClientFailures {

    /** The status of a request whose client closed the connection first (nginx's convention). */
    static final int CLIENT_CLOSED_REQUEST = 499;

    private ClientFailures() {}

    /** The answer to a request whose body arrived too slowly, or stopped arriving. */
    static Problem requestTimeout() {
        return Problem.of(
                408, "request_timeout", "Request timeout", "The request body arrived too slowly, or stopped arriving.");
    }

    static Optional<Problem> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http && http.getCode() == 408 || cause instanceof TimeoutException) {
                return Optional.of(requestTimeout());
            }
            if (cause instanceof EofException) {
                return Optional.of(Problem.of(
                        CLIENT_CLOSED_REQUEST,
                        "client_closed_request",
                        "Client closed request",
                        "The client hung up before its request was read."));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
