package io.apotheca.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.PayableOrderPolicy.Refusal;
import io.apotheca.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PayableOrderPolicyTest {

    private static final Instant NOON = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void refuses_payment_while_the_prescription_is_pending() {
        Order order = place(true);

        assertThat(PayableOrderPolicy.check(order)).contains(Refusal.PRESCRIPTION_REQUIRED);
    }

    @Test
    void an_order_awaiting_payment_may_be_paid() {
        assertThat(PayableOrderPolicy.check(place(false))).isEmpty();
        Order approved = ((Order.AwaitingPrescription) place(true)).prescriptionsApproved(NOON, Duration.ofMinutes(30));
        assertThat(PayableOrderPolicy.check(approved)).isEmpty();
    }

    @Test
    void a_paid_confirmed_or_cancelled_order_is_not_paid_again() {
        Order.AwaitingPayment awaiting = (Order.AwaitingPayment) place(false);

        assertThat(PayableOrderPolicy.check(awaiting.paid("pi_1", NOON))).contains(Refusal.NOT_AWAITING_PAYMENT);
        assertThat(PayableOrderPolicy.check(awaiting.confirmCashOnDelivery(NOON)))
                .contains(Refusal.NOT_AWAITING_PAYMENT);
        assertThat(PayableOrderPolicy.check(awaiting.cancel(CancellationReason.CUSTOMER, NOON)))
                .contains(Refusal.NOT_AWAITING_PAYMENT);
    }

    private static Order place(boolean prescriptionOnly) {
        OrderLine line = new OrderLine(
                new ProductId(new UUID(1, 1)),
                "Amoxicillin",
                Quantity.of(1),
                Money.of(1299, "USD"),
                prescriptionOnly,
                List.of());
        return Order.place(
                new OrderDetails(new OrderId(new UUID(2, 1)), new UserId(new UUID(3, 1)), List.of(line), NOON),
                NOON,
                Duration.ofMinutes(30),
                Duration.ofDays(3));
    }
}
