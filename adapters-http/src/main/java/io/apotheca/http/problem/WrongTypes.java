package io.apotheca.http.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Well-formed JSON whose values are not of their field's type ({@code "quantity": "3"},
 * {@code "name": 12}, text holding NUL) is a validation problem naming the field, like any other
 * invalid field; only a body that is not a JSON object at all is {@code malformed_json}.
 */
final class WrongTypes {

    private WrongTypes() {}

    static Problem problem(MismatchedInputException e) {
        String field = field(e.getPath());
        if (field.isEmpty()) {
            return ProblemResponses.jsonObjectRequired();
        }
        return Problem.validation(List.of(new FieldError(field, expectation(e))));
    }

    private static String field(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String expectation(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        if (e instanceof InvalidFormatException invalid
                && invalid.getValue() instanceof String text
                && text.indexOf('\u0000') >= 0) {
            return "may not hold the NUL character";
        }
        if (type == null) {
            return "is not of the expected type";
        }
        if (type == String.class) {
            return "must be text";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == LocalDate.class) {
            return "must be a date, YYYY-MM-DD";
        }
        if (type == UUID.class) {
            return "must be an id";
        }
        if (type.isEnum()) {
            return "must be one of " + List.of(type.getEnumConstants());
        }
        return "is not of the expected type";
    }
}
