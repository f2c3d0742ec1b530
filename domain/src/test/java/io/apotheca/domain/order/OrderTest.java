package io.apotheca.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.inventory.LotNumber;
import io.apotheca.domain.order.Order.AwaitingPayment;
import io.apotheca.domain.order.Order.AwaitingPrescription;
import io.apotheca.domain.order.Order.Cancelled;
import io.apotheca.domain.order.Order.Delivered;
import io.apotheca.domain.order.Order.Fulfilled;
import io.apotheca.domain.order.Order.Open;
import io.apotheca.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final Instant NOON = Instant.parse("2026-11-21T12:00:00Z");
    private static final Duration UNPAID_TTL = Duration.ofMinutes(30);
    private static final Duration RX_TTL = Duration.ofDays(3);
    private static final ProductId PARACETAMOL = new ProductId(new UUID(1, 1));
    private static final ProductId AMOXICILLIN = new ProductId(new UUID(1, 2));

    @Test
    void an_order_without_prescription_items_awaits_payment_and_holds_for_the_unpaid_ttl() {
        Open order = Order.place(details(line(PARACETAMOL, 2, 499, false)), NOON, UNPAID_TTL, RX_TTL);

        assertThat(order).isInstanceOf(AwaitingPayment.class);
        assertThat(order.holdExpiresAt()).isEqualTo(NOON.plus(UNPAID_TTL));
        assertThat(order.details().total()).isEqualTo(Money.of(998, "USD"));
    }

    @Test
    void any_prescription_item_makes_the_order_await_its_prescription_with_the_review_ttl() {
        Open order = Order.place(
                details(line(PARACETAMOL, 1, 499, false), line(AMOXICILLIN, 1, 1299, true)), NOON, UNPAID_TTL, RX_TTL);

        assertThat(order).isInstanceOf(AwaitingPrescription.class);
        assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PRESCRIPTION);
        assertThat(order.holdExpiresAt()).isEqualTo(NOON.plus(RX_TTL));
    }

    @Test
    void a_paid_or_delivered_order_may_be_refunded_and_remembers_where_it_was() {
        AwaitingPayment order =
                (AwaitingPayment) Order.place(details(line(PARACETAMOL, 2, 499, false)), NOON, UNPAID_TTL, RX_TTL);

        Order.Refunded fromPaid = order.paid("pi_1", NOON).refund(NOON.plusSeconds(60));
        Order.Refunded fromDelivered = order.confirmCashOnDelivery(NOON)
                .fulfil(
                        Map.of(
                                PARACETAMOL,
                                List.of(new DispensedLot(new LotNumber("L1"), LocalDate.of(2027, 1, 1), 2))),
                        NOON)
                .ship(NOON)
                .deliver(NOON)
                .refund(NOON);

        assertThat(fromPaid.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(fromPaid.refundedFrom()).isEqualTo(OrderStatus.PAID);
        assertThat(fromPaid.details()).isEqualTo(order.details());
        assertThat(fromDelivered.refundedFrom()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(fromDelivered.details().lines().get(0).lots()).hasSize(1);
    }

    @Test
    void an_approved_prescription_restarts_the_hold_with_the_unpaid_ttl() {
        AwaitingPrescription order =
                (AwaitingPrescription) Order.place(details(line(AMOXICILLIN, 1, 1299, true)), NOON, UNPAID_TTL, RX_TTL);
        Instant approvedAt = NOON.plus(Duration.ofHours(5));

        AwaitingPayment payable = order.prescriptionsApproved(approvedAt, UNPAID_TTL);

        assertThat(payable.holdExpiresAt()).isEqualTo(approvedAt.plus(UNPAID_TTL));
    }

    @Test
    void a_hold_expires_at_its_time_and_expiry_cancels_with_the_reason_expired() {
        Open order = Order.place(details(line(PARACETAMOL, 1, 499, false)), NOON, UNPAID_TTL, RX_TTL);

        assertThat(order.holdExpiredAt(NOON.plus(UNPAID_TTL).minusSeconds(1))).isFalse();
        assertThat(order.holdExpiredAt(NOON.plus(UNPAID_TTL))).isTrue();
        Cancelled cancelled = order.cancel(CancellationReason.EXPIRED, NOON.plus(UNPAID_TTL));
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.reason().code()).isEqualTo("expired");
    }

    @Test
    void a_paid_order_is_fulfilled_with_its_lots_then_shipped_and_delivered() {
        AwaitingPayment order =
                (AwaitingPayment) Order.place(details(line(PARACETAMOL, 3, 499, false)), NOON, UNPAID_TTL, RX_TTL);
        List<DispensedLot> lots = List.of(
                new DispensedLot(new LotNumber("A-1"), LocalDate.of(2027, 1, 1), 2),
                new DispensedLot(new LotNumber("B-2"), LocalDate.of(2027, 6, 1), 1));

        Fulfilled fulfilled = order.paid("pi_123", NOON).fulfil(Map.of(PARACETAMOL, lots), NOON);
        Delivered delivered = fulfilled.ship(NOON).deliver(NOON);

        assertThat(fulfilled.details().lines().get(0).lots()).isEqualTo(lots);
        assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(delivered.cashCollected()).isFalse();
    }

    @Test
    void cash_on_delivery_is_collected_at_delivery() {
        AwaitingPayment order =
                (AwaitingPayment) Order.place(details(line(PARACETAMOL, 1, 499, false)), NOON, UNPAID_TTL, RX_TTL);
        DispensedLot lot = new DispensedLot(new LotNumber("A-1"), LocalDate.of(2027, 1, 1), 1);

        Delivered delivered = order.confirmCashOnDelivery(NOON)
                .fulfil(Map.of(PARACETAMOL, List.of(lot)), NOON)
                .ship(NOON)
                .deliver(NOON);

        assertThat(delivered.cashCollected()).isTrue();
    }

    @Test
    void fulfilment_must_account_for_every_unit_of_every_line() {
        AwaitingPayment order =
                (AwaitingPayment) Order.place(details(line(PARACETAMOL, 3, 499, false)), NOON, UNPAID_TTL, RX_TTL);
        DispensedLot tooFew = new DispensedLot(new LotNumber("A-1"), LocalDate.of(2027, 1, 1), 2);

        assertThatThrownBy(() -> order.paid("pi_1", NOON).fulfil(Map.of(PARACETAMOL, List.of(tooFew)), NOON))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> order.paid("pi_1", NOON).fulfil(Map.of(), NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_line_holds_1_to_99_units_and_an_order_at_least_one_line_in_one_currency() {
        assertThatThrownBy(() -> line(PARACETAMOL, 0, 499, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line(PARACETAMOL, 100, 499, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> details()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> details(
                        line(PARACETAMOL, 1, 499, false),
                        new OrderLine(AMOXICILLIN, "x", Quantity.of(1), Money.of(1, "EUR"), false, List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static OrderLine line(ProductId product, int quantity, long price, boolean rx) {
        return new OrderLine(
                product, "Product " + product, Quantity.of(quantity), Money.of(price, "USD"), rx, List.of());
    }

    private static OrderDetails details(OrderLine... lines) {
        return new OrderDetails(new OrderId(new UUID(9, 9)), new UserId(new UUID(8, 8)), List.of(lines), NOON);
    }
}
