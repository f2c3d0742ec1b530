package io.apotheca.http.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem: the body of every error response of the API.
 *
 * @param type a URI naming the kind of problem, derived from the code
 * @param title a short summary for a person, the same for every problem of this kind
 * @param status the HTTP status
 * @param detail what happened this time, for a person
 * @param code the stable machine-readable name clients switch on, such as {@code insufficient_stock}
 * @param errors the invalid fields, for validation problems
 * @param extensions further members of this kind of problem
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String code,
        List<FieldError> errors,
        @JsonAnyGetter Map<String, Object> extensions) {

    public Problem {
        Objects.requireNonNull(code, "code");
        errors = List.copyOf(errors);
        extensions = Map.copyOf(extensions);
    }

    /** A problem of the given kind with no field errors or extensions. */
    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(typeOf(code), title, status, detail, code, List.of(), Map.of());
    }

    /** This problem with one more member, such as the dependencies that are down. */
    public Problem with(String member, Object value) {
        var more = new java.util.LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, code, errors, more);
    }

    /** A 400 listing every invalid field. */
    public static Problem validation(List<FieldError> errors) {
        return new Problem(
                typeOf("validation_failed"),
                "The request is not valid",
                400,
                "One or more fields are invalid.",
                "validation_failed",
                errors,
                Map.of());
    }

    private static String typeOf(String code) {
        return "urn:apotheca:problem:" + code;
    }
}
