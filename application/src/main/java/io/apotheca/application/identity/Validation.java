package io.apotheca.application.identity;

import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Refusal.FieldProblem;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.PasswordPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects every invalid field of a request, so the client learns them all at once. */
final class Validation {

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("\\p{Cntrl}");

    private final List<FieldProblem> problems = new ArrayList<>();

    Validation email(String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
        } else if (!Email.isValid(value)) {
            problems.add(new FieldProblem(field, "must be an e-mail address"));
        }
        return this;
    }

    Validation password(String field, String value, String email) {
        PasswordPolicy.check(value, email).ifPresent(message -> problems.add(new FieldProblem(field, message)));
        return this;
    }

    Validation text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
        } else if (CONTROL.matcher(value).find()) {
            problems.add(new FieldProblem(field, "must not contain control characters"));
        } else if (value.length() > maxLength) {
            problems.add(new FieldProblem(field, "must be at most " + maxLength + " characters long"));
        }
        return this;
    }

    Validation problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
        return this;
    }

    Optional<Refusal> refusal() {
        return problems.isEmpty() ? Optional.empty() : Optional.of(Refusal.invalid(problems));
    }
}
