package io.apotheca.domain.payment;

import static io.apotheca.domain.payment.Payments.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.domain.order.CancellationReason;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.payment.ReceivedPaymentPolicy.AlreadyDealtWith;
import io.apotheca.domain.payment.ReceivedPaymentPolicy.GiveBack;
import io.apotheca.domain.payment.ReceivedPaymentPolicy.GiveBackReason;
import io.apotheca.domain.payment.ReceivedPaymentPolicy.MarkPaid;
import io.apotheca.domain.shared.Money;
import org.junit.jupiter.api.Test;

class ReceivedPaymentPolicyTest {

    private final Order.AwaitingPayment order = Payments.awaitingPayment();
    private final Payment.AwaitingCard payment = Payments.card(order, 1);
    private final Money total = Money.of(2500, "USD");

    @Test
    void an_order_awaiting_payment_charged_its_total_becomes_paid() {
        assertThat(ReceivedPaymentPolicy.decide(order, payment, total)).isEqualTo(new MarkPaid());
    }

    @Test
    void money_for_a_cancelled_or_otherwise_settled_order_is_given_back() {
        Order cancelled = order.cancel(CancellationReason.EXPIRED, NOON);
        Order cash = order.confirmCashOnDelivery(NOON);

        assertThat(ReceivedPaymentPolicy.decide(cancelled, payment, total))
                .isEqualTo(new GiveBack(GiveBackReason.ORDER_NOT_AWAITING_PAYMENT));
        assertThat(ReceivedPaymentPolicy.decide(cash, payment, total))
                .isEqualTo(new GiveBack(GiveBackReason.ORDER_NOT_AWAITING_PAYMENT));
    }

    @Test
    void a_charge_of_another_amount_or_currency_is_given_back() {
        assertThat(ReceivedPaymentPolicy.decide(order, payment, Money.of(2499, "USD")))
                .isEqualTo(new GiveBack(GiveBackReason.AMOUNT_MISMATCH));
        assertThat(ReceivedPaymentPolicy.decide(order, payment, Money.of(2500, "EUR")))
                .isEqualTo(new GiveBack(GiveBackReason.AMOUNT_MISMATCH));
    }

    @Test
    void a_charge_already_dealt_with_is_left_alone() {
        Order paid = order.paid("pi_1", NOON);

        assertThat(ReceivedPaymentPolicy.decide(paid, payment.succeeded(), total))
                .isEqualTo(new AlreadyDealtWith());
    }
}
