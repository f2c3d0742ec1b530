package io.apotheca.application.payment.port.out;

/**
 * A call to the payment provider did not give an answer to act on. The message is for the log; the
 * patient is told only the {@link Kind}.
 */
public final class PaymentGatewayException extends RuntimeException {

    /** What went wrong, as far as the caller needs to know. */
    public enum Kind {
        /** No answer, a timeout, or the provider failing: whether it happened is unknown; retry with the same key. */
        UNAVAILABLE,
        /** The provider refused the request: retrying the same request will not help. */
        REJECTED,
        /** The same key is being used by a request still running at the provider. */
        IN_PROGRESS
    }

    private final Kind kind;

    public PaymentGatewayException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
