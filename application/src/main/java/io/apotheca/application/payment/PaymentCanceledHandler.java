package io.apotheca.application.payment;

import io.apotheca.application.payment.port.out.ProviderEvent.PaymentCanceled;
import io.apotheca.application.shared.Caller;

/** An attempt called off at the provider is written down as canceled; the order is left as it is. */
final class PaymentCanceledHandler implements ProviderEventHandler<PaymentCanceled> {

    private final PaymentPorts ports;
    private final PaymentLookup payments;

    PaymentCanceledHandler(PaymentPorts ports, PaymentLookup payments) {
        this.ports = ports;
        this.payments = payments;
    }

    @Override
    public void handle(PaymentCanceled event, Caller system) {
        payments.of(event, event.payment())
                .ifPresent(found -> ports.kernel().transactions().inTransaction(() -> {
                    ports.orders().lock(found.orderId()).orElseThrow();
                    ports.payments().update(payments.again(found).canceled());
                    return null;
                }));
    }
}
