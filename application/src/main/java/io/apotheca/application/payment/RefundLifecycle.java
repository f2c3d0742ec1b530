package io.apotheca.application.payment;

import io.apotheca.application.events.EventEnvelopes;
import io.apotheca.application.events.PharmacyEvent.OrderRefunded;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.payment.port.out.PaymentGateway;
import io.apotheca.application.payment.port.out.PaymentGateway.ProviderRefund;
import io.apotheca.application.payment.port.out.PaymentGateway.RefundRequest;
import io.apotheca.application.payment.port.out.PaymentGatewayException;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Principal;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderStatus;
import io.apotheca.domain.payment.Payment;
import io.apotheca.domain.payment.Refund;
import io.apotheca.domain.payment.RefundPolicy;
import io.apotheca.domain.payment.RefundStatus;
import io.apotheca.domain.shared.Money;
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
final class RefundLifecycle {

    private final PaymentPorts ports;

    RefundLifecycle(PaymentPorts ports) {
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
                ports.kernel().transactions().inTransaction(() -> {
                    ports.orders().lock(refund.orderId());
                    Optional<Refund.Requested> stillUnanswered = ports.payments().refundsOf(refund.orderId()).stream()
                            .filter(r -> r.id().equals(refund.id()))
                            .filter(Refund.Requested.class::isInstance)
                            .map(Refund.Requested.class::cast)
                            .findFirst();
                    if (stillUnanswered.isEmpty()) {
                        return null; // a webhook recorded Stripe's answer meanwhile
                    }
                    ports.payments().updateRefund(stillUnanswered.get().rejected());
                    ports.audit()
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
        return ports.kernel()
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
            ports.audit()
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
        Instant now = ports.kernel().now();
        Order.Refunded refunded = refundable.refund(now);
        ports.orders().update(refunded);
        if (refunded.refundedFrom() == OrderStatus.PAID) {
            ports.stock().release(orderId, now);
            ports.prescriptions().release(orderId, now);
        }
        ports.stock().quarantineDispensed(refunded, caller.principal().map(Principal::userId), now);
        ports.audit()
                .record(
                        caller,
                        "order.refunded",
                        "order",
                        orderId.toString(),
                        Map.of("from", refunded.refundedFrom().name(), "amount", amount));
        EventEnvelopes.record(
                ports.outbox(),
                ports.kernel(),
                new OrderRefunded(
                        refunded,
                        new Money(
                                Long.parseLong(amount), received.get(0).amount().currency())));
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
