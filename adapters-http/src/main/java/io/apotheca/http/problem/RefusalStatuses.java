package io.apotheca.http.problem;

import io.apotheca.application.shared.CatalogReason;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.IdentityReason;
import io.apotheca.application.shared.InventoryReason;
import io.apotheca.application.shared.OrderReason;
import io.apotheca.application.shared.PaymentReason;
import io.apotheca.application.shared.PrescriptionReason;
import io.apotheca.application.shared.PricingReason;
import io.apotheca.application.shared.Refusal;

/**
 * The HTTP status of every refusal, one exhaustive switch per capability: a reason added to the
 * core does not compile here until it is given its status.
 */
final class RefusalStatuses implements Refusal.ReasonMapping<Integer> {

    @Override
    public Integer common(CommonReason reason) {
        return switch (reason) {
            case VALIDATION_FAILED, INVALID_CURSOR -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case INVALID_TRANSITION, REQUEST_IN_PROGRESS -> 409;
            case PAYLOAD_TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case IDEMPOTENCY_KEY_REUSED -> 422;
            case RATE_LIMITED -> 429;
        };
    }

    @Override
    public Integer identity(IdentityReason reason) {
        return switch (reason) {
            case INVALID_LINK -> 400;
            case INVALID_CREDENTIALS, INVALID_TOKEN, INVALID_CLIENT -> 401;
            case EMAIL_NOT_VERIFIED -> 403;
            case EMAIL_TAKEN, LICENCE_TAKEN, EMAIL_ALREADY_VERIFIED, ORDER_IN_FLIGHT, ACCOUNT_NOT_DELETABLE -> 409;
        };
    }

    @Override
    public Integer catalog(CatalogReason reason) {
        return switch (reason) {
            case SKU_TAKEN, SLUG_TAKEN, TOO_MANY_IMAGES, LIMIT_GROUP_NAME_TAKEN, CODE_TAKEN -> 409;
            case UNKNOWN_CATEGORY, INVALID_IMAGE, IMAGE_DIMENSIONS_TOO_LARGE -> 422;
        };
    }

    @Override
    public Integer pricing(PricingReason reason) {
        return switch (reason) {
            case CURRENCY_NOT_SOLD, PRICE_TOO_HIGH, CURRENCY_MISMATCH, UNKNOWN_SHIPPING_OPTION -> 422;
        };
    }

    @Override
    public Integer inventory(InventoryReason reason) {
        return switch (reason) {
            case LOT_TAKEN, BELOW_ZERO, BELOW_HELD, INSUFFICIENT_STOCK -> 409;
            case UNKNOWN_PRODUCT, LOT_EXPIRED, STOCK_LIMIT_EXCEEDED -> 422;
        };
    }

    @Override
    public Integer order(OrderReason reason) {
        return switch (reason) {
            case CART_EMPTY, CART_FULL -> 422;
            case PURCHASE_LIMIT_EXCEEDED -> 409;
        };
    }

    @Override
    public Integer prescription(PrescriptionReason reason) {
        return switch (reason) {
            case PRESCRIPTION_REQUIRED,
                    PRESCRIPTION_CLAIMED,
                    TOO_MANY_PENDING_UPLOADS,
                    REFILL_TOO_SOON,
                    NO_FILLS_LEFT,
                    MESSAGE_IDENTIFIER_TAKEN -> 409;
            case DEA_NUMBER_REQUIRED,
                    SCHEDULE_II_NOT_REFILLABLE,
                    TOO_MANY_REFILLS,
                    WRITTEN_IN_FUTURE,
                    PRESCRIPTION_EXPIRED,
                    UNKNOWN_PATIENT,
                    UNKNOWN_MEDICINE -> 422;
        };
    }

    @Override
    public Integer payment(PaymentReason reason) {
        return switch (reason) {
            case INVALID_SIGNATURE -> 400;
            case ORDER_NOT_PAYABLE, NOT_REFUNDABLE, ALREADY_REFUNDED -> 409;
            case PAYMENT_METHOD_UNAVAILABLE, REFUND_EXCEEDS_PAYMENT -> 422;
            case PAYMENT_PROVIDER_ERROR -> 502;
            case CAPTURE_REFUSED -> 402;
            case PAYMENT_PROVIDER_UNAVAILABLE, PAYMENT_IN_PROGRESS -> 503; // transient: never replayed by a key
        };
    }
}
