package io.apotheca.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apotheca.application.payment.port.out.ProviderEvent;
import io.apotheca.application.payment.port.out.ProviderEvent.NothingToDo;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentCanceled;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentFailed;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentReference;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentSucceeded;
import io.apotheca.application.payment.port.out.ProviderEvent.RefundChanged;
import io.apotheca.domain.payment.RefundStatus;
import io.apotheca.domain.shared.Money;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stripe's event types and statuses, each translated into the pharmacy's words. */
class StripeEventTranslationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant CREATED = Instant.ofEpochSecond(1_764_000_000L);

    @Test
    void a_payment_intent_that_succeeded_is_a_payment_succeeded_with_its_attempt_and_amount_received() {
        ProviderEvent event = translate("payment_intent.succeeded", """
                {"object": "payment_intent", "id": "pi_1", "status": "succeeded", "amount": 2500,
                 "amount_received": 2400, "currency": "usd", "metadata": {"paymentId": "attempt-1"}}""");

        assertThat(event)
                .isEqualTo(new PaymentSucceeded(
                        "evt_1",
                        CREATED,
                        new PaymentReference(Optional.of("pi_1"), Optional.of("attempt-1")),
                        Optional.of(Money.of(2400, "USD"))));
    }

    @Test
    void a_success_whose_payment_is_not_succeeded_needs_nothing_done() {
        ProviderEvent event = translate("payment_intent.succeeded", """
                {"object": "payment_intent", "id": "pi_1", "status": "requires_payment_method",
                 "amount": 2500, "currency": "usd"}""");

        assertThat(event)
                .isInstanceOfSatisfying(
                        NothingToDo.class, n -> assertThat(n.why()).contains("requires_payment_method"));
    }

    @Test
    void a_decline_carries_its_decline_code_else_its_error_code_else_a_plain_failure() {
        assertThat(translate("payment_intent.payment_failed", """
                        {"object": "payment_intent", "id": "pi_1", "status": "requires_payment_method",
                         "last_payment_error": {"code": "card_declined", "decline_code": "insufficient_funds"}}"""))
                .isInstanceOfSatisfying(
                        PaymentFailed.class, f -> assertThat(f.failure()).isEqualTo("insufficient_funds"));
        assertThat(translate("payment_intent.payment_failed", """
                        {"object": "payment_intent", "id": "pi_1", "last_payment_error": {"code": "expired_card"}}"""))
                .isInstanceOfSatisfying(
                        PaymentFailed.class, f -> assertThat(f.failure()).isEqualTo("expired_card"));
        assertThat(translate("payment_intent.payment_failed", """
                        {"object": "payment_intent", "id": "pi_1"}"""))
                .isInstanceOfSatisfying(
                        PaymentFailed.class, f -> assertThat(f.failure()).isEqualTo("payment_failed"));
    }

    @Test
    void a_canceled_intent_is_a_payment_canceled() {
        assertThat(translate("payment_intent.canceled", """
                        {"object": "payment_intent", "id": "pi_9", "status": "canceled"}"""))
                .isEqualTo(new PaymentCanceled(
                        "evt_1", CREATED, new PaymentReference(Optional.of("pi_9"), Optional.empty())));
    }

    @ParameterizedTest
    @CsvSource({
        "refund.created, pending, PENDING",
        "refund.updated, succeeded, SUCCEEDED",
        "refund.updated, canceled, FAILED",
        "refund.failed, failed, FAILED",
        "refund.updated, requires_action, PENDING"
    })
    void a_refund_event_is_a_refund_changed_in_our_status(String type, String stripeStatus, RefundStatus status) {
        ProviderEvent event = translate(type, """
                {"object": "refund", "id": "re_1", "payment_intent": "pi_1", "amount": 700, "currency": "eur",
                 "status": "%s"}""".formatted(stripeStatus));

        assertThat(event)
                .isEqualTo(new RefundChanged(
                        "evt_1",
                        CREATED,
                        "re_1",
                        status,
                        new PaymentReference(Optional.of("pi_1"), Optional.empty()),
                        Optional.of(Money.of(700, "EUR"))));
    }

    @Test
    void a_refund_event_without_a_refund_and_any_other_type_need_nothing_done() {
        assertThat(translate("refund.updated", """
                        {"object": "charge", "id": "ch_1"}""")).isInstanceOf(NothingToDo.class);
        assertThat(translate("charge.dispute.created", """
                        {"object": "dispute", "id": "dp_1"}"""))
                .isInstanceOfSatisfying(
                        NothingToDo.class, n -> assertThat(n.why()).contains("charge.dispute.created"));
    }

    private static ProviderEvent translate(String type, String object) {
        try {
            JsonNode event = JSON.readTree("""
                    {"id": "evt_1", "type": "%s", "created": %d, "livemode": false, "data": {"object": %s}}""".formatted(type, CREATED.getEpochSecond(), object));
            return StripeEventTranslation.translate(event);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
