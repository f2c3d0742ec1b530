package io.apotheca.domain.payment;

import static io.apotheca.domain.payment.Payments.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.domain.order.Order;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private final Order.AwaitingPayment order = Payments.awaitingPayment();

    @Test
    void a_card_attempt_waits_for_payment_and_is_known_by_a_key_from_its_order_and_number() {
        Payment payment = Payments.card(order, 3);

        assertThat(payment.status()).isEqualTo(PaymentStatus.REQUIRES_PAYMENT);
        assertThat(payment.idempotencyKey()).isEqualTo("order-" + order.id() + "-intent-3");
        assertThat(payment.open()).isTrue();
        assertThat(payment.moneyReceived()).isFalse();
    }

    @Test
    void cash_is_confirmed_at_once_and_collected_at_delivery() {
        Payment cash = Payment.start(
                new PaymentId(UUID.randomUUID()),
                order.id(),
                1,
                PaymentMethod.CASH_ON_DELIVERY,
                order.details().total(),
                NOON);

        assertThat(cash).isInstanceOf(Payment.CashConfirmed.class);
        assertThat(cash.status()).isEqualTo(PaymentStatus.CONFIRMED);
        assertThat(cash.method()).isEqualTo(PaymentMethod.CASH_ON_DELIVERY);
        assertThat(cash.moneyReceived()).isFalse();
        assertThat(cash.open()).isFalse();
        Payment.CashCollected collected = ((Payment.CashConfirmed) cash).collected();
        assertThat(collected.moneyReceived()).isTrue();
        assertThat(collected.status()).isEqualTo(PaymentStatus.COLLECTED);
        assertThat(collected.details()).isEqualTo(cash.details());
    }

    @Test
    void a_failure_keeps_the_attempt_open_and_never_undoes_a_charge() {
        Payment.AwaitingCard payment = Payments.card(order, 1);

        Payment.Card declined = payment.failed("card_declined");
        assertThat(declined.status()).isEqualTo(PaymentStatus.REQUIRES_PAYMENT);
        assertThat(declined.lastFailure()).contains("card_declined");

        Payment.Card charged = declined.succeeded();
        assertThat(charged.moneyReceived()).isTrue();
        assertThat(charged.failed("late failure").status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(charged.canceled().status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payment.canceled().status()).isEqualTo(PaymentStatus.CANCELED);
        assertThat(payment.canceled().failed("late failure").lastFailure()).isEmpty();
        assertThat(payment.canceled().succeeded().status())
                .as("money received after the call-off is still received")
                .isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void a_store_reads_each_state_back_by_name_and_refuses_a_state_the_method_never_has() {
        Payment.Card charged = Payments.card(order, 1)
                .withProviderPaymentId("pi_1")
                .failed("declined")
                .succeeded();

        assertThat(Payment.of(
                        charged.details(),
                        PaymentMethod.CARD,
                        PaymentStatus.SUCCEEDED,
                        charged.providerPaymentId(),
                        charged.lastFailure()))
                .isEqualTo(charged);
        for (PaymentStatus status : PaymentStatus.values()) {
            boolean cashStatus = status == PaymentStatus.CONFIRMED || status == PaymentStatus.COLLECTED;
            PaymentMethod never = cashStatus ? PaymentMethod.CARD : PaymentMethod.CASH_ON_DELIVERY;
            PaymentMethod always = cashStatus ? PaymentMethod.CASH_ON_DELIVERY : PaymentMethod.CARD;
            Optional<Payment.Capture> capture = Optional.of(new Payment.Capture(charged.amount(), java.util.Set.of()));
            assertThat(Payment.of(charged.details(), always, status, Optional.empty(), Optional.empty(), capture)
                            .status())
                    .isEqualTo(status);
            assertThatThrownBy(() -> Payment.of(charged.details(), never, status, Optional.empty(), Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void an_attempt_never_changes_its_provider_payment() {
        Payment.Card payment = Payments.card(order, 1).withProviderPaymentId("pi_1");

        assertThat(payment.withProviderPaymentId("pi_1").providerPaymentId()).contains("pi_1");
        assertThatThrownBy(() -> payment.withProviderPaymentId("pi_2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_policy_continues_an_open_card_attempt_and_begins_a_new_one_otherwise() {
        Payment.AwaitingCard open = Payments.card(order, 1);

        assertThat(PaymentIdempotencyPolicy.decide(Optional.empty(), PaymentMethod.CARD))
                .isEqualTo(new PaymentIdempotencyPolicy.Begin(1));
        assertThat(PaymentIdempotencyPolicy.decide(Optional.of(open), PaymentMethod.CARD))
                .isEqualTo(new PaymentIdempotencyPolicy.Continue(open));
        assertThat(PaymentIdempotencyPolicy.decide(Optional.of(open.canceled()), PaymentMethod.CARD))
                .isEqualTo(new PaymentIdempotencyPolicy.Begin(2));
        assertThat(PaymentIdempotencyPolicy.decide(Optional.of(open), PaymentMethod.CASH_ON_DELIVERY))
                .isEqualTo(new PaymentIdempotencyPolicy.Begin(2));
    }

    @Test
    void methods_are_named_as_in_the_api() {
        assertThat(PaymentMethod.ofCode("card")).contains(PaymentMethod.CARD);
        assertThat(PaymentMethod.ofCode("cash_on_delivery")).contains(PaymentMethod.CASH_ON_DELIVERY);
        assertThat(PaymentMethod.ofCode("bitcoin")).isEmpty();
        assertThat(PaymentMethod.CARD.provider()).isEqualTo("stripe");
    }
}
