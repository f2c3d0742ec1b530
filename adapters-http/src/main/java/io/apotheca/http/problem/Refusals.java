package io.apotheca.http.problem;

import io.apotheca.application.shared.Refusal;
import io.javalin.http.Context;

/** The one mapping from the core's refusals to HTTP: each reason has one status and one code. */
public final class Refusals {

    private Refusals() {}

    public static void send(Context ctx, Refusal refusal) {
        refusal.retryAfter()
                .ifPresent(wait ->
                        ctx.header("Retry-After", Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000))));
        ProblemResponses.send(ctx, toProblem(refusal));
    }

    public static Problem toProblem(Refusal refusal) {
        if (refusal.reason() == Refusal.Reason.VALIDATION_FAILED) {
            return Problem.validation(refusal.fieldProblems().stream()
                    .map(p -> new FieldError(p.field(), p.message()))
                    .toList());
        }
        return Problem.of(
                status(refusal.reason()), refusal.reason().code(), title(refusal.reason()), refusal.message());
    }

    static int status(Refusal.Reason reason) {
        return switch (reason) {
            case VALIDATION_FAILED, INVALID_CURSOR, INVALID_SIGNATURE, INVALID_LINK -> 400;
            case UNAUTHENTICATED, INVALID_CREDENTIALS, INVALID_TOKEN -> 401;
            case FORBIDDEN, EMAIL_NOT_VERIFIED -> 403;
            case NOT_FOUND -> 404;
            case EMAIL_TAKEN,
                    LICENCE_TAKEN,
                    INVALID_TRANSITION,
                    SKU_TAKEN,
                    SLUG_TAKEN,
                    LOT_TAKEN,
                    BELOW_ZERO,
                    BELOW_HELD,
                    INSUFFICIENT_STOCK,
                    REQUEST_IN_PROGRESS,
                    PRESCRIPTION_REQUIRED,
                    PRESCRIPTION_CLAIMED,
                    ORDER_NOT_PAYABLE,
                    NOT_REFUNDABLE,
                    ALREADY_REFUNDED,
                    EMAIL_ALREADY_VERIFIED,
                    ORDER_IN_FLIGHT,
                    ACCOUNT_NOT_DELETABLE,
                    TOO_MANY_IMAGES -> 409;
            case PAYLOAD_TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case UNKNOWN_CATEGORY,
                    UNKNOWN_PRODUCT,
                    LOT_EXPIRED,
                    CART_EMPTY,
                    IDEMPOTENCY_KEY_REUSED,
                    PAYMENT_METHOD_UNAVAILABLE,
                    REFUND_EXCEEDS_PAYMENT,
                    UNKNOWN_SHIPPING_OPTION,
                    CURRENCY_MISMATCH,
                    INVALID_IMAGE,
                    IMAGE_DIMENSIONS_TOO_LARGE -> 422;
            case RATE_LIMITED -> 429;
            case PAYMENT_PROVIDER_ERROR -> 502;
            case PAYMENT_PROVIDER_UNAVAILABLE, PAYMENT_IN_PROGRESS -> 503; // transient: never replayed by a key
        };
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
