package io.apotheca.fhir;

/**
 * A FHIR message (answered 422) or search (answered 400) this server cannot take as it is, with an
 * OperationOutcome naming what is wrong.
 */
final class UnprocessableMessage extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    UnprocessableMessage(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }
}
