package io.apotheca.application.payment;

import io.apotheca.application.payment.port.out.ProviderEvent.RefundChanged;
import io.apotheca.application.shared.Caller;
import io.apotheca.domain.payment.Payment;
import io.apotheca.domain.payment.Refund;
import io.apotheca.domain.payment.RefundId;
import io.apotheca.domain.payment.RefundStatus;
import java.util.Optional;

/**
 * A refund moved at the provider: its answer is recorded. A refund Apotheca asked for but whose
 * answer it never recorded is matched by payment and amount; one made elsewhere (in the provider's
 * dashboard) is added, so that what Apotheca shows adds up to what the provider did.
 */
final class RefundChangedHandler implements ProviderEventHandler<RefundChanged> {

    private final PaymentPorts ports;
    private final PaymentLookup payments;
    private final RefundLifecycle lifecycle;

    RefundChangedHandler(PaymentPorts ports, PaymentLookup payments, RefundLifecycle lifecycle) {
        this.ports = ports;
        this.payments = payments;
        this.lifecycle = lifecycle;
    }

    @Override
    public void handle(RefundChanged event, Caller system) {
        String providerRefundId = event.providerRefundId();
        Optional<Refund> known = ports.payments().refundByProviderId(providerRefundId);
        if (known.isPresent()) {
            ports.kernel()
                    .transactions()
                    .inTransaction(() -> lifecycle.recordAnswer(known.get(), providerRefundId, event.status(), system));
            return;
        }
        Optional<Payment.Card> payment = payments.of(event, event.payment());
        if (payment.isEmpty() || event.amount().isEmpty()) {
            return;
        }
        ports.kernel().transactions().inTransaction(() -> {
            ports.orders().lock(payment.get().orderId()).orElseThrow();
            Refund refund = ports.payments().refundsOf(payment.get().orderId()).stream()
                    .filter(r -> r.paymentId().equals(payment.get().id())
                            && r.status() == RefundStatus.REQUESTED
                            && r.amount().equals(event.amount().get()))
                    .findFirst()
                    .orElseGet(() -> {
                        Refund elsewhere = Refund.request(
                                new RefundId(ports.kernel().ids().next()),
                                payment.get(),
                                event.amount().get(),
                                "refunded at the payment provider",
                                Optional.empty(),
                                ports.kernel().now());
                        ports.payments().addRefund(elsewhere);
                        return elsewhere;
                    });
            return lifecycle.recordAnswer(refund, providerRefundId, event.status(), system);
        });
    }
}
