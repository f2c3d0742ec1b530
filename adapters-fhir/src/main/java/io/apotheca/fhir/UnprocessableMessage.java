package io.apotheca.fhir;

/** A FHIR message this server cannot take as it is: answered 422 with an OperationOutcome. */
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
