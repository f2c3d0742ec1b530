package io.apotheca.http.problem;

/**
 * One invalid field of a request body.
 *
 * @param field the field's name as the client sent it, such as {@code email} or {@code items[2].quantity}
 * @param message what is wrong with it, for a person
 */
public record FieldError(String field, String message) {}
