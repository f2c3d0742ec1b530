package io.apotheca.application.payment;

import io.apotheca.application.inventory.port.out.StockMovements.Movement;
import io.apotheca.application.order.OrderEvents;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.payment.port.out.PaymentGateway;
import io.apotheca.application.payment.port.out.PaymentGateway.ProviderRefund;
import io.apotheca.application.payment.port.out.PaymentGateway.RefundRequest;
import io.apotheca.application.payment.port.out.PaymentGatewayException;
import io.apotheca.application.shared.Caller;
import io.apotheca.domain.inventory.Batch;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.order.OrderStatus;
import io.apotheca.domain.payment.Payment;
import io.apotheca.domain.payment.Refund;
import io.apotheca.domain.payment.RefundPolicy;
import io.apotheca.domain.payment.RefundStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps every refund goes through, whoever asked for it: sent to the provider under its own
 * key (outside any transaction), the answer recorded, and the order refunded once the answers reach
 * what was received. Stock still held for the order is released; dispensed units are recorded as
 * quarantined, never put back on sale.
 */
final class Refunding {

    private final PaymentPorts ports;

    Refunding(PaymentPorts ports) {
        this.ports = ports;
    }

    /**
     * Asks the provider for a refund already written down, and records its answer.
     *
     * @throws PaymentGatewayException when the provider gave no usable answer; a refusal is recorded
     *     as a failed refund first
     */
    Refund send(Refund refund, Caller caller) {
        Payment payment = ports.payments().byId(refund.paymentId()).orElseThrow();
        ProviderRefund answer;
        try {
            answer = gateway(payment)
                    .refund(new RefundRequest(
                            refund.idempotencyKey(), payment.providerPaymentId().orElseThrow(), refund.amount()));
        } catch (PaymentGatewayException e) {
            if (e.kind() == PaymentGatewayException.Kind.REJECTED) {
                ports.inventory().transactions().inTransaction(() -> {
                    ports.orders().lock(refund.orderId());
                    boolean stillUnanswered = ports.payments().refundsOf(refund.orderId()).stream()
                            .anyMatch(r -> r.id().equals(refund.id()) && r.status() == RefundStatus.REQUESTED);
                    if (!stillUnanswered) {
                        return null; // a webhook recorded Stripe's answer meanwhile
                    }
                    ports.payments().updateRefund(refund.rejected());
                    ports.inventory()
                            .audit()
                            .record(
                                    caller,
                                    "refund.failed",
                                    "order",
                                    refund.orderId().toString(),
                                    Map.of("refundId", refund.id().toString()));
                    return null;
                });
            }
            throw e;
        }
        return ports.inventory()
                .transactions()
                .inTransaction(() -> recordAnswer(refund, answer.id(), answer.status(), caller));
    }

    /** Records the provider's word on a refund, then refunds the order if that completes it. Call in a transaction. */
    Refund recordAnswer(Refund refund, String providerRefundId, RefundStatus status, Caller caller) {
        Placed placed = ports.orders().lock(refund.orderId()).orElseThrow();
        Refund current = ports.payments().refundsOf(refund.orderId()).stream()
                .filter(r -> r.id().equals(refund.id()))
                .findFirst()
                .orElse(refund);
        Refund answered = current.answered(providerRefundId, status);
        ports.payments().updateRefund(answered);
        if (status == RefundStatus.FAILED && current.status() != RefundStatus.FAILED) {
            ports.inventory()
                    .audit()
                    .record(
                            caller,
                            "refund.failed",
                            "order",
                            refund.orderId().toString(),
                            Map.of("refundId", refund.id().toString()));
        }
        completeIfFullyRefunded(placed, caller);
        return answered;
    }

    /**
     * Refunds the order when what the provider accepted to give back reaches what was received.
     * Call in a transaction, with the order locked.
     */
    void completeIfFullyRefunded(Placed placed, Caller caller) {
        OrderId orderId = placed.order().id();
        List<Payment> received = ports.payments().ofOrder(orderId).stream()
                .filter(Payment::moneyReceived)
                .toList();
        List<Refund> refunds = ports.payments().refundsOf(orderId);
        if (received.isEmpty()
                || !(placed.order() instanceof Order.Refundable refundable)
                || !received.stream().allMatch(p -> RefundPolicy.fullyRefunded(p, refunds))) {
            return;
        }
        String amount = Long.toString(
                received.stream().mapToLong(p -> p.amount().minor()).sum());
        Instant now = ports.inventory().clock().instant();
        Order.Refunded refunded = refundable.refund(now);
        ports.orders().update(refunded);
        if (refunded.refundedFrom() == OrderStatus.PAID) {
            ports.inventory().holds().releaseAll(orderId, now);
        }
        quarantineDispensed(refunded, caller, now);
        ports.inventory()
                .audit()
                .record(
                        caller,
                        "order.refunded",
                        "order",
                        orderId.toString(),
                        Map.of("from", refunded.refundedFrom().name(), "amount", amount));
        OrderEvents.record(ports.outbox(), ports.inventory(), "order.refunded", refunded, Map.of("amount", amount));
    }

    private void quarantineDispensed(Order.Refunded refunded, Caller caller, Instant now) {
        for (OrderLine line : refunded.details().lines()) {
            List<Batch> batches = ports.inventory().batches().ofProduct(line.productId());
            line.lots()
                    .forEach(lot -> batches.stream()
                            .filter(b -> b.lot().equals(lot.lot()))
                            .findFirst()
                            .ifPresent(batch -> ports.inventory()
                                    .movements()
                                    .record(new Movement(
                                            ports.inventory().ids().next(),
                                            batch.id(),
                                            "QUARANTINED",
                                            0,
                                            Optional.of(lot.quantity() + " unit(s) dispensed to order " + refunded.id()
                                                    + ", refunded: quarantined if returned, never back on sale"),
                                            Optional.of(refunded.id().value()),
                                            caller.principal().map(p -> p.userId()),
                                            now))));
        }
    }

    PaymentGateway gateway(Payment payment) {
        return switch (payment.method()) {
            case CARD ->
                ports.card()
                        .orElseThrow(() -> new PaymentGatewayException(
                                PaymentGatewayException.Kind.UNAVAILABLE, "card payments are not configured", null));
            case CASH_ON_DELIVERY -> ports.cash();
        };
    }
}
