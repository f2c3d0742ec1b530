package io.apotheca.domain.payment;

import static io.apotheca.domain.payment.Payments.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.order.CancellationReason;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.payment.ReceivedPaymentPolicy.GiveBack;
import io.apotheca.domain.payment.ReceivedPaymentPolicy.GiveBackReason;
import io.apotheca.domain.payment.ReceivedPaymentPolicy.MarkPaid;
import io.apotheca.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A card authorised at checkout and charged at dispensing, for what is dispensed. */
class CardCaptureTest {

    private final Order.AwaitingPayment order = Payments.awaitingPayment();
    private final Payment.AwaitingCard awaiting = Payments.card(order, 1);
    private final Payment.Capture part =
            new Payment.Capture(Money.of(1800, "USD"), Set.of(new ProductId(UUID.randomUUID())));

    @Test
    void an_authorised_card_is_open_until_its_capture_is_asked_and_then_succeeds_for_what_was_taken() {
        Payment.CardAuthorised authorised = (Payment.CardAuthorised) awaiting.authorised();
        assertThat(authorised.status()).isEqualTo(PaymentStatus.AUTHORISED);
        assertThat(authorised.open()).isTrue();
        assertThat(authorised.moneyReceived()).isFalse();

        Payment.CaptureRequested requested = authorised.captureRequested(part);
        assertThat(requested.open()).isFalse();
        assertThat(requested.captureKey()).isEqualTo("order-" + order.id() + "-intent-1-capture-1800");

        Payment.CardSucceeded succeeded = requested.succeeded();
        assertThat(succeeded.amount()).isEqualTo(Money.of(1800, "USD"));
        assertThat(succeeded.moneyReceived()).isTrue();
    }

    @Test
    void a_refused_capture_leaves_the_authorisation_standing_and_a_capture_never_exceeds_it() {
        Payment.CardAuthorised authorised = (Payment.CardAuthorised) awaiting.authorised();

        Payment.CardAuthorised again = authorised.captureRequested(part).refused("card_declined");

        assertThat(again.lastFailure()).contains("card_declined");
        assertThat(again.canceled().status()).isEqualTo(PaymentStatus.CANCELED);
        assertThatThrownBy(() -> authorised.captureRequested(new Payment.Capture(Money.of(2501, "USD"), Set.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(authorised.authorised()).isSameAs(authorised);
    }

    @Test
    void a_store_reads_each_state_back_with_its_capture() {
        Payment.CaptureRequested requested = ((Payment.CardAuthorised) awaiting.authorised()).captureRequested(part);

        Payment read = Payment.of(
                requested.details(),
                PaymentMethod.CARD,
                PaymentStatus.CAPTURE_REQUESTED,
                Optional.of("pi_1"),
                Optional.empty(),
                Optional.of(part));

        assertThat(read).isEqualTo(requested.withProviderPaymentId("pi_1"));
        assertThatThrownBy(() -> Payment.of(
                        requested.details(),
                        PaymentMethod.CARD,
                        PaymentStatus.CAPTURE_REQUESTED,
                        Optional.empty(),
                        Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void money_taken_at_dispensing_pays_an_open_order_only_when_it_is_what_was_asked() {
        Payment.CaptureRequested requested = ((Payment.CardAuthorised) awaiting.authorised()).captureRequested(part);

        assertThat(ReceivedPaymentPolicy.decide(order, requested, Money.of(1800, "USD")))
                .isEqualTo(new MarkPaid());
        assertThat(ReceivedPaymentPolicy.decide(order, requested, Money.of(2500, "USD")))
                .isEqualTo(new GiveBack(GiveBackReason.AMOUNT_MISMATCH));
        assertThat(ReceivedPaymentPolicy.decide(
                        order.cancel(CancellationReason.CUSTOMER, NOON), requested, Money.of(1800, "USD")))
                .isEqualTo(new GiveBack(GiveBackReason.ORDER_NOT_AWAITING_PAYMENT));
    }

    @Test
    void an_authorised_order_is_held_until_a_day_before_the_window_ends() {
        CardCapturePolicy policy = new CardCapturePolicy(CardCapturePolicy.Mode.ON_DISPENSE, Duration.ofDays(7));

        assertThat(policy.holdUntil(NOON)).isEqualTo(Instant.parse("2026-11-27T12:00:00Z"));
        assertThat(policy.onDispense()).isTrue();
        assertThat(CardCapturePolicy.automatic().onDispense()).isFalse();
        assertThat(CardCapturePolicy.Mode.ofCode("on_dispense")).contains(CardCapturePolicy.Mode.ON_DISPENSE);
        assertThat(CardCapturePolicy.Mode.ofCode("ON_DISPENSE")).isEmpty();
        assertThatThrownBy(() -> new CardCapturePolicy(CardCapturePolicy.Mode.ON_DISPENSE, Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
