package io.apotheca.http.problem;

import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.Refusal;
import io.javalin.http.Context;

/** The one mapping from the core's refusals to HTTP: each reason has one status and one code. */
public final class Refusals {

    private static final RefusalStatuses STATUSES = new RefusalStatuses();

    private Refusals() {}

    public static void send(Context ctx, Refusal refusal) {
        refusal.retryAfter()
                .ifPresent(wait ->
                        ctx.header("Retry-After", Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000))));
        ProblemResponses.send(ctx, toProblem(refusal));
    }

    public static Problem toProblem(Refusal refusal) {
        if (refusal.reason() == CommonReason.VALIDATION_FAILED) {
            return Problem.validation(refusal.fieldProblems().stream()
                    .map(p -> new FieldError(p.field(), p.message()))
                    .toList());
        }
        Problem problem = Problem.of(
                status(refusal.reason()), refusal.reason().code(), title(refusal.reason()), refusal.message());
        for (var fact : refusal.facts().entrySet()) {
            problem = problem.with(fact.getKey(), fact.getValue());
        }
        return problem;
    }

    /** The HTTP status the API answers the refusal with. */
    public static int statusOf(Refusal refusal) {
        return status(refusal.reason());
    }

    static int status(Refusal.Reason reason) {
        return reason.mappedBy(STATUSES);
    }

    private static String title(Refusal.Reason reason) {
        return titleOf(reason.code());
    }

    /** A problem's title read off its code: {@code insufficient_stock} is "Insufficient stock". */
    static String titleOf(String code) {
        String words = code.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
