package io.apotheca.application.memory;

import io.apotheca.application.order.port.out.Orders;
import io.apotheca.application.payment.port.out.Payments;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.payment.Payment;
import io.apotheca.domain.payment.PaymentId;
import io.apotheca.domain.payment.PaymentMethod;
import io.apotheca.domain.payment.Refund;
import io.apotheca.domain.payment.RefundStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Payments and refunds in maps; it reads the orders to know which open attempts are abandoned. */
public final class InMemoryPayments implements Payments {

    private final Map<PaymentId, Payment> payments = new ConcurrentHashMap<>();
    private final Map<io.apotheca.domain.payment.RefundId, Refund> refunds = new ConcurrentHashMap<>();
    private final Orders orders;

    public InMemoryPayments(Orders orders) {
        this.orders = orders;
    }

    @Override
    public synchronized void add(Payment payment) {
        boolean taken = payments.values().stream()
                .anyMatch(p -> p.orderId().equals(payment.orderId()) && p.attempt() == payment.attempt());
        if (taken || payments.putIfAbsent(payment.id(), payment) != null) {
            throw new IllegalStateException("attempt " + payment.attempt() + " of " + payment.orderId() + " exists");
        }
    }

    @Override
    public void update(Payment payment) {
        // as the database: only the state moves, and a provider id once known is never forgotten
        payments.computeIfPresent(
                payment.id(),
                (id, old) -> Payment.of(
                        old.details(),
                        old.method(),
                        payment.status(),
                        payment.providerPaymentId().or(old::providerPaymentId),
                        payment.lastFailure()));
    }

    @Override
    public void attachProviderId(PaymentId payment, String providerPaymentId) {
        if (payments.computeIfPresent(payment, (id, old) -> old.withProviderPaymentId(providerPaymentId)) == null) {
            throw new IllegalStateException("no payment " + payment);
        }
    }

    @Override
    public Optional<Payment> byId(PaymentId id) {
        return Optional.ofNullable(payments.get(id));
    }

    @Override
    public Optional<Payment> byProviderId(String providerPaymentId) {
        return payments.values().stream()
                .filter(p -> p.providerPaymentId().equals(Optional.of(providerPaymentId)))
                .findFirst();
    }

    @Override
    public List<Payment> ofOrder(OrderId order) {
        return payments.values().stream()
                .filter(p -> p.orderId().equals(order))
                .sorted(Comparator.comparingInt(Payment::attempt))
                .toList();
    }

    @Override
    public List<Payment> capturesAskedBefore(Instant before, int limit) {
        return payments.values().stream()
                .filter(p ->
                        p instanceof Payment.CaptureRequested && p.createdAt().isBefore(before))
                .sorted(Comparator.comparing(Payment::createdAt))
                .limit(limit)
                .toList();
    }

    @Override
    public List<Payment> openButAbandoned(int limit) {
        return payments.values().stream()
                .filter(p -> p.method() == PaymentMethod.CARD && p.open())
                .filter(p ->
                        !(orders.byId(p.orderId()).map(Orders.Placed::order).orElseThrow()
                                        instanceof Order.AwaitingPayment)
                                || ofOrder(p.orderId()).stream().anyMatch(later -> later.attempt() > p.attempt()))
                .sorted(Comparator.comparing(Payment::createdAt))
                .limit(limit)
                .toList();
    }

    @Override
    public void addRefund(Refund refund) {
        if (refunds.putIfAbsent(refund.id(), refund) != null) {
            throw new IllegalStateException("refund " + refund.id() + " exists");
        }
    }

    @Override
    public void updateRefund(Refund refund) {
        // as the database: only the state moves, and a provider id once known is never forgotten
        refunds.computeIfPresent(
                refund.id(),
                (id, old) -> Refund.of(
                        old.id(),
                        old.paymentId(),
                        old.orderId(),
                        old.amount(),
                        old.reason(),
                        refund.status(),
                        refund.providerRefundId().or(old::providerRefundId),
                        old.requestedBy(),
                        old.createdAt()));
    }

    @Override
    public List<Refund> refundsOf(OrderId order) {
        return refunds.values().stream()
                .filter(r -> r.orderId().equals(order))
                .sorted(Comparator.comparing(Refund::createdAt).thenComparing(r -> r.id().value(), Ids::compare))
                .toList();
    }

    @Override
    public Optional<Refund> refundByProviderId(String providerRefundId) {
        return refunds.values().stream()
                .filter(r -> r.providerRefundId().equals(Optional.of(providerRefundId)))
                .findFirst();
    }

    @Override
    public List<Refund> unanswered(Instant before, int limit) {
        return refunds.values().stream()
                .filter(r ->
                        r.status() == RefundStatus.REQUESTED && r.createdAt().isBefore(before))
                .sorted(Comparator.comparing(Refund::createdAt))
                .limit(limit)
                .toList();
    }
}
