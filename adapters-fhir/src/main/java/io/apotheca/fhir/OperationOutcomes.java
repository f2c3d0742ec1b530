package io.apotheca.fhir;

import io.javalin.http.Context;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Errors on the FHIR routes, as FHIR clients expect them: an OperationOutcome with one issue, its
 * type chosen by the HTTP status, the stable Apotheca code as the issue's details, and the message
 * as its diagnostics.
 */
public final class OperationOutcomes {

    /** The code system of Apotheca's error codes (the {@code code} of its problem+json bodies). */
    static final String ERROR_CODES = "https://apotheca.io/fhir/CodeSystem/error";

    private OperationOutcomes() {}

    /** Writes the error as the response. */
    public static void send(Context ctx, int status, String code, String detail) {
        FhirJson.send(ctx, status, of(status, code, detail));
    }

    static OperationOutcome of(int status, String code, String detail) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(
                        status >= 500 ? OperationOutcome.IssueSeverity.FATAL : OperationOutcome.IssueSeverity.ERROR)
                .setCode(type(status, code))
                .setDetails(new CodeableConcept()
                        .addCoding(new org.hl7.fhir.r4.model.Coding(ERROR_CODES, code, null))
                        .setText(code))
                .setDiagnostics(detail);
        return outcome;
    }

    private static IssueType type(int status, String code) {
        return switch (status) {
            case 401 -> IssueType.LOGIN;
            case 403 -> IssueType.FORBIDDEN;
            case 404 -> IssueType.NOTFOUND;
            case 405 -> IssueType.NOTSUPPORTED;
            case 409 -> IssueType.CONFLICT;
            case 413 -> IssueType.TOOLONG;
            case 429 -> IssueType.THROTTLED;
            case 400 -> code.equals("malformed_json") ? IssueType.STRUCTURE : IssueType.INVALID;
            case 422 -> code.startsWith("unknown_") ? IssueType.NOTFOUND : IssueType.PROCESSING;
            default -> status >= 500 ? IssueType.EXCEPTION : IssueType.PROCESSING;
        };
    }
}
