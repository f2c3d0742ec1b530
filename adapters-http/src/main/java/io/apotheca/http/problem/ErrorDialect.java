package io.apotheca.http.problem;

import io.javalin.http.Context;

/**
 * How errors are written under a path of their own protocol, where clients expect another error
 * format than problem+json (FHIR's OperationOutcome under {@code /fhir}): every failure the server
 * answers there, an unknown route or an unexpected exception among them, leaves in that format.
 */
public interface ErrorDialect {

    /** The path prefix the dialect is spoken under, such as {@code /fhir/}. */
    String pathPrefix();

    /**
     * Writes the error as the response.
     *
     * @param status the HTTP status
     * @param code the stable error code problem+json would carry
     * @param detail what happened, for a person
     */
    void send(Context ctx, int status, String code, String detail);
}
