package io.apotheca.application.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is asking, as every use case receives it: the signed-in account (if any), the request's id
 * (for the audit trail) and the client's address (for rate limits).
 */
public record Caller(Optional<Principal> principal, String requestId, String clientAddress) {

    public Caller {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }

    /** The pharmacy itself, acting at start-up or from a scheduled job. */
    public static Caller system(String requestId) {
        return new Caller(Optional.empty(), requestId, "local");
    }
}
