package io.apotheca.application.payment;

import io.apotheca.application.events.EventEnvelopes;
import io.apotheca.application.events.PharmacyEvent.OrderPaid;
import io.apotheca.application.events.PharmacyEvent.PaymentGivenBack;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentSucceeded;
import io.apotheca.application.shared.Caller;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.payment.Payment;
import io.apotheca.domain.payment.ReceivedPaymentPolicy;
import io.apotheca.domain.payment.Refund;
import io.apotheca.domain.payment.RefundId;
import io.apotheca.domain.payment.RefundStatus;
import io.apotheca.domain.shared.Money;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Money was received. In one transaction, with the order locked: the order is paid, or the money
 * is written down to be given back (an order no longer waiting for it, or a wrong amount). Then any
 * refund written down is sent to the provider. A charge becomes the order's payment only here.
 */
final class PaymentSucceededHandler implements ProviderEventHandler<PaymentSucceeded> {

    private final PaymentPorts ports;
    private final PaymentLookup payments;
    private final RefundLifecycle lifecycle;

    PaymentSucceededHandler(PaymentPorts ports) {
        this.ports = ports;
        this.payments = new PaymentLookup(ports.payments());
        this.lifecycle = new RefundLifecycle(ports);
    }

    @Override
    public void handle(PaymentSucceeded event, Caller system) {
        Optional<Payment.Card> found = payments.of(event, event.payment());
        if (found.isEmpty()) {
            return;
        }
        ports.kernel().transactions().inTransaction(() -> {
            Placed placed = ports.orders().lock(found.get().orderId()).orElseThrow();
            Payment.Card payment = payments.again(found.get());
            Money received = event.received().orElse(payment.amount());
            ReceivedPaymentPolicy.Decision decision = ReceivedPaymentPolicy.decide(placed.order(), payment, received);
            if (decision instanceof ReceivedPaymentPolicy.MarkPaid && payment instanceof Payment.CaptureRequested c) {
                markPaidOnCapture((Order.Open) placed.order(), c);
            } else if (decision instanceof ReceivedPaymentPolicy.MarkPaid) {
                markPaid((Order.AwaitingPayment) placed.order(), payment);
            } else if (decision instanceof ReceivedPaymentPolicy.GiveBack giveBack) {
                giveBack(placed.order(), payment, received, giveBack.reason(), system);
            }
            return null;
        });
        sendUnanswered(found.get());
    }

    private void markPaid(Order.AwaitingPayment order, Payment.Card payment) {
        Payment succeeded = payment.succeeded();
        ports.payments().update(succeeded);
        Order.Paid paid = order.paid(
                succeeded.providerPaymentId().orElseThrow(), ports.kernel().now());
        ports.orders().update(paid);
        EventEnvelopes.record(ports.outbox(), ports.kernel(), new OrderPaid(paid, succeeded));
    }

    /**
     * The card authorised at checkout was charged at dispensing: the order is paid for what was
     * taken, and the lines withdrawn from it leave it, their stock and prescription fills given back.
     */
    private void markPaidOnCapture(Order.Open order, Payment.CaptureRequested payment) {
        Instant now = ports.kernel().now();
        Payment.CardSucceeded succeeded = payment.succeeded();
        ports.payments().update(succeeded);
        Set<ProductId> withdrawn = payment.capture().withdrawn();
        Order.Paid paid =
                order.paidOnCapture(withdrawn, succeeded.providerPaymentId().orElseThrow(), now);
        ports.orders().update(paid);
        if (!withdrawn.isEmpty()) {
            ports.orders().withdrawLines(paid, withdrawn);
            ports.stock().release(order.id(), withdrawn, now);
            ports.prescriptions().release(order.id(), withdrawn, now);
        }
        EventEnvelopes.record(ports.outbox(), ports.kernel(), new OrderPaid(paid, succeeded));
    }

    private void giveBack(
            Order order,
            Payment.Card payment,
            Money received,
            ReceivedPaymentPolicy.GiveBackReason reason,
            Caller system) {
        Payment succeeded = payment.succeeded();
        ports.payments().update(succeeded);
        Refund refund = Refund.request(
                new RefundId(ports.kernel().ids().next()),
                succeeded,
                received,
                "given back automatically: " + reason.code(),
                Optional.empty(),
                ports.kernel().now());
        ports.payments().addRefund(refund);
        PaymentGivenBack givenBack = new PaymentGivenBack(order, succeeded, received, reason.code());
        ports.audit()
                .record(
                        system,
                        PaymentGivenBack.TYPE,
                        "order",
                        order.id().toString(),
                        EventEnvelopes.givenBack(givenBack));
        EventEnvelopes.record(ports.outbox(), ports.kernel(), givenBack);
    }

    /** Sends the payment's refunds whose answer is not known yet; throws if the provider gives none. */
    private void sendUnanswered(Payment payment) {
        ports.payments().refundsOf(payment.orderId()).stream()
                .filter(r -> r.paymentId().equals(payment.id()) && r.status() == RefundStatus.REQUESTED)
                .forEach(r -> lifecycle.send(r, Caller.system("provider-refund:" + r.id())));
    }
}
