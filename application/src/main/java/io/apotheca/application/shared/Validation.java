package io.apotheca.application.shared;

import io.apotheca.application.shared.Refusal.FieldProblem;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.PasswordPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Collects every invalid field of a request, so the client learns them all at once. */
public final class Validation {

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("\\p{Cntrl}");

    private final List<FieldProblem> problems = new ArrayList<>();

    public Validation email(String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
        } else if (!Email.isValid(value)) {
            problems.add(new FieldProblem(field, "must be an e-mail address"));
        }
        return this;
    }

    /**
     * A new password: the policy's rules, and none of the passwords attackers try first.
     *
     * @param common tells whether a password is among those attackers try first
     */
    public Validation password(String field, String value, String email, Predicate<String> common) {
        Optional<String> problem = PasswordPolicy.check(value, email);
        if (problem.isEmpty() && common.test(value)) {
            problem = Optional.of("is one of the most common passwords; choose one that is harder to guess");
        }
        problem.ifPresent(message -> problems.add(new FieldProblem(field, message)));
        return this;
    }

    public Validation text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
        } else if (CONTROL.matcher(value).find()) {
            problems.add(new FieldProblem(field, "must not contain control characters"));
        } else if (value.length() > maxLength) {
            problems.add(new FieldProblem(field, "must be at most " + maxLength + " characters long"));
        }
        return this;
    }

    /** A value that must be present. */
    public Validation required(String field, Object value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "is required"));
        }
        return this;
    }

    /** A whole number that must be present and at least {@code min}. */
    public Validation atLeast(String field, Number value, long min) {
        if (value == null) {
            problems.add(new FieldProblem(field, "is required"));
        } else if (value.longValue() < min) {
            problems.add(new FieldProblem(field, "must be at least " + min));
        }
        return this;
    }

    /** An ISO-4217 currency code, when one is given. */
    public Validation currency(String field, String code) {
        if (code != null) {
            try {
                java.util.Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(field, "must be an ISO-4217 code"));
            }
        }
        return this;
    }

    public Validation problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
        return this;
    }

    public Optional<Refusal> refusal() {
        return problems.isEmpty() ? Optional.empty() : Optional.of(Refusal.invalid(problems));
    }
}
