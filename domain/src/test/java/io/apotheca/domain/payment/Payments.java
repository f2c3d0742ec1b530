package io.apotheca.domain.payment;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderDetails;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Orders and payments to test with. */
final class Payments {

    static final Instant NOON = Instant.parse("2026-11-21T12:00:00Z");

    private Payments() {}

    /** An order of two units at 12.50 USD, awaiting payment. */
    static Order.AwaitingPayment awaitingPayment() {
        OrderLine line = new OrderLine(
                new ProductId(UUID.randomUUID()),
                "Ibuprofen 200 mg",
                Quantity.of(2),
                Money.of(1250, "USD"),
                false,
                List.of());
        OrderDetails details =
                new OrderDetails(new OrderId(UUID.randomUUID()), new UserId(UUID.randomUUID()), List.of(line), NOON);
        return (Order.AwaitingPayment) Order.place(details, NOON, Duration.ofMinutes(30), Duration.ofDays(2));
    }

    static Payment.AwaitingCard card(Order order, int attempt) {
        return Payment.card(
                new PaymentId(UUID.randomUUID()),
                order.id(),
                attempt,
                order.details().total(),
                NOON);
    }

    static Refund refund(Payment payment, long minor, RefundStatus status) {
        Refund asked = Refund.request(
                new RefundId(UUID.randomUUID()),
                payment,
                Money.of(minor, "USD"),
                "damaged in transit",
                java.util.Optional.empty(),
                NOON);
        return status == RefundStatus.REQUESTED ? asked : asked.answered("re_" + minor, status);
    }
}
