package io.apotheca.application.shared;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a command was not carried out. Expected refusals are values, not exceptions; each reason maps
 * one-to-one to an API error code.
 *
 * @param reason the kind of refusal
 * @param message what happened, for a person
 * @param fieldProblems the invalid fields, for {@link Reason#VALIDATION_FAILED}
 * @param retryAfter when the client may try again, for {@link Reason#RATE_LIMITED}
 */
public record Refusal(Reason reason, String message, List<FieldProblem> fieldProblems, Optional<Duration> retryAfter) {

    public Refusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        fieldProblems = List.copyOf(fieldProblems);
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public static Refusal of(Reason reason, String message) {
        return new Refusal(reason, message, List.of(), Optional.empty());
    }

    public static Refusal invalid(List<FieldProblem> problems) {
        return new Refusal(Reason.VALIDATION_FAILED, "One or more fields are invalid.", problems, Optional.empty());
    }

    public static Refusal rateLimited(Duration retryAfter) {
        return new Refusal(
                Reason.RATE_LIMITED, "Too many attempts; try again later.", List.of(), Optional.of(retryAfter));
    }

    public static Refusal unauthenticated() {
        return of(Reason.UNAUTHENTICATED, "Sign in to do this.");
    }

    public static Refusal forbidden() {
        return of(Reason.FORBIDDEN, "You may not do this.");
    }

    public static Refusal notFound() {
        return of(Reason.NOT_FOUND, "There is no such resource.");
    }

    /**
     * One invalid field.
     *
     * @param field the field's name, as the client sent it
     * @param message what is wrong with it
     */
    public record FieldProblem(String field, String message) {}

    /** The kinds of refusal, each with its stable API code. */
    public enum Reason {
        VALIDATION_FAILED("validation_failed"),
        UNAUTHENTICATED("unauthenticated"),
        INVALID_CREDENTIALS("invalid_credentials"),
        INVALID_TOKEN("invalid_token"),
        FORBIDDEN("forbidden"),
        NOT_FOUND("not_found"),
        EMAIL_TAKEN("email_taken"),
        LICENCE_TAKEN("licence_taken"),
        INVALID_TRANSITION("invalid_transition"),
        INVALID_CURSOR("invalid_cursor"),
        SKU_TAKEN("sku_taken"),
        SLUG_TAKEN("slug_taken"),
        LOT_TAKEN("lot_taken"),
        UNKNOWN_CATEGORY("unknown_category"),
        UNKNOWN_PRODUCT("unknown_product"),
        LOT_EXPIRED("lot_expired"),
        BELOW_ZERO("below_zero"),
        BELOW_HELD("below_held"),
        INSUFFICIENT_STOCK("insufficient_stock"),
        CART_EMPTY("cart_empty"),
        IDEMPOTENCY_KEY_REUSED("idempotency_key_reused"),
        REQUEST_IN_PROGRESS("request_in_progress"),
        RATE_LIMITED("rate_limited"),
        PRESCRIPTION_REQUIRED("prescription_required"),
        PRESCRIPTION_CLAIMED("prescription_claimed"),
        UNSUPPORTED_MEDIA_TYPE("unsupported_media_type"),
        PAYLOAD_TOO_LARGE("payload_too_large"),
        ORDER_NOT_PAYABLE("order_not_payable"),
        PAYMENT_METHOD_UNAVAILABLE("payment_method_unavailable"),
        PAYMENT_IN_PROGRESS("payment_in_progress"),
        PAYMENT_PROVIDER_ERROR("payment_provider_error"),
        PAYMENT_PROVIDER_UNAVAILABLE("payment_provider_unavailable"),
        INVALID_SIGNATURE("invalid_signature"),
        NOT_REFUNDABLE("not_refundable"),
        ALREADY_REFUNDED("already_refunded"),
        REFUND_EXCEEDS_PAYMENT("refund_exceeds_payment"),
        INVALID_LINK("invalid_link"),
        EMAIL_NOT_VERIFIED("email_not_verified"),
        EMAIL_ALREADY_VERIFIED("email_already_verified"),
        ORDER_IN_FLIGHT("order_in_flight"),
        ACCOUNT_NOT_DELETABLE("account_not_deletable"),
        UNKNOWN_SHIPPING_OPTION("unknown_shipping_option"),
        CURRENCY_MISMATCH("currency_mismatch"),
        TOO_MANY_IMAGES("too_many_images"),
        INVALID_IMAGE("invalid_image"),
        IMAGE_DIMENSIONS_TOO_LARGE("image_dimensions_too_large");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
