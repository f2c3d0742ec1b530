package io.apotheca.http.order;

import io.apotheca.application.order.port.out.Orders;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.order.ShippingAddress;
import io.apotheca.domain.payment.Payment;
import io.apotheca.domain.pricing.ShippingCharge;
import io.apotheca.domain.pricing.Totals;
import io.apotheca.http.MoneyView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An order as the API shows it. */
record OrderView(
        String id,
        String status,
        List<LineView> items,
        MoneyView subtotal,
        MoneyView tax,
        MoneyView shipping,
        ShippingView shippingOption,
        MoneyView total,
        List<String> prescriptionIds,
        PaymentSummaryView payment,
        String cancellationReason,
        Instant holdExpiresAt,
        Instant createdAt,
        ShippingAddress shippingAddress) {

    /** How the order is being paid for: its latest attempt, and what was refunded. */
    record PaymentSummaryView(
            String paymentId,
            String method,
            String provider,
            String providerPaymentId,
            String status,
            MoneyView amount,
            MoneyView refunded,
            String lastFailure) {

        static PaymentSummaryView of(Orders.PaymentSummary summary) {
            Payment latest = summary.latest();
            return new PaymentSummaryView(
                    latest.id().toString(),
                    latest.method().code(),
                    latest.method().provider(),
                    latest.providerPaymentId().orElse(null),
                    latest.status().name(),
                    MoneyView.of(latest.amount()),
                    MoneyView.of(summary.refunded()),
                    latest.lastFailure().orElse(null));
        }
    }

    record LotView(String lotNumber, LocalDate expiryDate, int quantity) {}

    /** The shipping option chosen at checkout, as it was then; null when none was. */
    record ShippingView(String id, String name, boolean freeOverThreshold) {

        static ShippingView of(ShippingCharge charge) {
            return charge.option()
                    .map(id -> new ShippingView(id.toString(), charge.name(), charge.freeOverThreshold()))
                    .orElse(null);
        }
    }

    record LineView(
            String productId,
            String name,
            int quantity,
            MoneyView unitPrice,
            MoneyView lineTotal,
            String taxCategory,
            BigDecimal taxRate,
            MoneyView tax,
            boolean requiresPrescription,
            List<LotView> lots) {

        static LineView of(OrderLine line) {
            return new LineView(
                    line.productId().toString(),
                    line.name(),
                    line.quantity().units(),
                    MoneyView.of(line.unitPrice()),
                    MoneyView.of(line.lineTotal()),
                    line.taxCategory().name(),
                    line.taxRate().percent(),
                    MoneyView.of(line.tax()),
                    line.requiresPrescription(),
                    line.lots().stream()
                            .map(l -> new LotView(l.lot().value(), l.expiryDate(), l.quantity()))
                            .toList());
        }
    }

    static OrderView of(Placed placed) {
        Order order = placed.order();
        Totals totals = order.details().totals();
        return new OrderView(
                order.id().toString(),
                order.status().name(),
                order.details().lines().stream().map(LineView::of).toList(),
                MoneyView.of(totals.subtotal()),
                MoneyView.of(totals.tax()),
                MoneyView.of(totals.shipping()),
                ShippingView.of(order.details().shipping()),
                MoneyView.of(totals.total()),
                placed.prescriptionIds().stream().map(Object::toString).toList(),
                placed.payment().map(PaymentSummaryView::of).orElse(null),
                order instanceof Order.Cancelled c ? c.reason().code() : null,
                order instanceof Order.Open open ? open.holdExpiresAt() : null,
                order.details().placedAt(),
                placed.address());
    }
}
