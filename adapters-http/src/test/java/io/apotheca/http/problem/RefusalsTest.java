package io.apotheca.http.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.shared.PrescriptionReason;
import io.apotheca.application.shared.Refusal;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refusal of every capability keeps the status and code the API promised for it. */
class RefusalsTest {

    @ParameterizedTest(name = "{0} is answered {1}")
    @CsvSource({
        "account_not_deletable, 409",
        "already_refunded, 409",
        "below_held, 409",
        "below_zero, 409",
        "cart_empty, 422",
        "cart_full, 422",
        "currency_mismatch, 422",
        "currency_not_sold, 422",
        "email_already_verified, 409",
        "email_not_verified, 403",
        "email_taken, 409",
        "forbidden, 403",
        "idempotency_key_reused, 422",
        "image_dimensions_too_large, 422",
        "insufficient_stock, 409",
        "invalid_credentials, 401",
        "invalid_cursor, 400",
        "invalid_image, 422",
        "invalid_link, 400",
        "invalid_signature, 400",
        "invalid_token, 401",
        "invalid_transition, 409",
        "licence_taken, 409",
        "lot_expired, 422",
        "lot_taken, 409",
        "not_found, 404",
        "not_refundable, 409",
        "order_in_flight, 409",
        "order_not_payable, 409",
        "payload_too_large, 413",
        "payment_in_progress, 503",
        "payment_method_unavailable, 422",
        "payment_provider_error, 502",
        "capture_refused, 402",
        "payment_provider_unavailable, 503",
        "prescription_claimed, 409",
        "prescription_required, 409",
        "price_too_high, 422",
        "rate_limited, 429",
        "refund_exceeds_payment, 422",
        "request_in_progress, 409",
        "sku_taken, 409",
        "slug_taken, 409",
        "stock_limit_exceeded, 422",
        "too_many_pending_uploads, 409",
        "refill_too_soon, 409",
        "no_fills_left, 409",
        "dea_number_required, 422",
        "schedule_ii_not_refillable, 422",
        "too_many_refills, 422",
        "written_in_future, 422",
        "prescription_expired, 422",
        "purchase_limit_exceeded, 409",
        "limit_group_name_taken, 409",
        "too_many_images, 409",
        "unauthenticated, 401",
        "unknown_category, 422",
        "unknown_product, 422",
        "unknown_shipping_option, 422",
        "unsupported_media_type, 415",
        "validation_failed, 400",
        "invalid_client, 401",
        "code_taken, 409",
        "unknown_patient, 422",
        "unknown_medicine, 422",
        "message_identifier_taken, 409"
    })
    void each_reason_keeps_its_status(String code, int status) {
        Refusal.Reason reason = byCode().get(code);

        assertThat(reason).as("a reason with code %s", code).isNotNull();
        assertThat(Refusals.status(reason)).isEqualTo(status);
        assertThat(Refusals.toProblem(Refusal.of(reason, "why")).code()).isEqualTo(code);
    }

    @Test
    void the_capabilities_name_sixty_six_reasons_with_sixty_six_codes() {
        assertThat(Refusal.reasons()).hasSize(66);
        assertThat(byCode()).hasSize(66);
    }

    @Test
    void a_refusals_facts_become_members_of_its_problem() {
        Problem problem = Refusals.toProblem(
                Refusal.of(PrescriptionReason.REFILL_TOO_SOON, "not yet").with("allowedFrom", "2026-12-26"));

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.extensions()).containsExactly(Map.entry("allowedFrom", "2026-12-26"));
    }

    @Test
    void a_title_is_read_off_the_code() {
        assertThat(Refusals.titleOf("insufficient_stock")).isEqualTo("Insufficient stock");
    }

    private static Map<String, Refusal.Reason> byCode() {
        return Refusal.reasons().stream()
                .collect(Collectors.toMap(Refusal.Reason::code, r -> r, (a, b) -> a, HashMap::new));
    }
}
