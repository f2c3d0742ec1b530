package io.apotheca.application.payment;

import io.apotheca.application.events.EventEnvelopes;
import io.apotheca.application.events.PharmacyEvent;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentFailed;
import io.apotheca.application.shared.Caller;
import io.apotheca.domain.payment.Payment;

/** A declined card: written down; the order stays payable until its hold runs out. */
final class PaymentFailedHandler implements ProviderEventHandler<PaymentFailed> {

    private final PaymentPorts ports;
    private final PaymentLookup payments;

    PaymentFailedHandler(PaymentPorts ports, PaymentLookup payments) {
        this.ports = ports;
        this.payments = payments;
    }

    @Override
    public void handle(PaymentFailed event, Caller system) {
        payments.of(event, event.payment())
                .ifPresent(found -> ports.kernel().transactions().inTransaction(() -> {
                    Placed placed = ports.orders().lock(found.orderId()).orElseThrow();
                    Payment.Card payment = payments.again(found);
                    Payment.Card failed = payment.failed(event.failure());
                    if (!failed.equals(payment)) {
                        ports.payments().update(failed);
                        EventEnvelopes.record(
                                ports.outbox(),
                                ports.kernel(),
                                new PharmacyEvent.PaymentFailed(placed.order(), failed));
                    }
                    return null;
                }));
    }
}
