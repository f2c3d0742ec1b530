package io.apotheca.application.payment;

import io.apotheca.application.events.EventEnvelopes;
import io.apotheca.application.events.PharmacyEvent.OrderCardAuthorised;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentAuthorised;
import io.apotheca.application.shared.Caller;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.payment.Payment;
import java.time.Instant;
import java.util.Optional;

/**
 * The card holds the amount, to be charged at dispensing. In one transaction, with the order
 * locked: the attempt is authorised, and an order still open keeps its stock until one day before
 * the authorisation lapses (so a prescription waiting for review is reviewed by then, or the order
 * is cancelled and the card released). An authorisation for an order that is no longer open stays
 * open too, and the settlement round releases it.
 */
final class PaymentAuthorisedHandler implements ProviderEventHandler<PaymentAuthorised> {

    private final PaymentPorts ports;
    private final PaymentLookup payments;

    PaymentAuthorisedHandler(PaymentPorts ports, PaymentLookup payments) {
        this.ports = ports;
        this.payments = payments;
    }

    @Override
    public void handle(PaymentAuthorised event, Caller system) {
        Optional<Payment.Card> found = payments.of(event, event.payment());
        if (found.isEmpty()) {
            return;
        }
        ports.kernel().transactions().inTransaction(() -> {
            Placed placed = ports.orders().lock(found.get().orderId()).orElseThrow();
            Payment.Card before = payments.again(found.get());
            if (!(before instanceof Payment.AwaitingCard)) {
                return null; // a redelivery, or a later state already known
            }
            Payment.Card authorised = before.authorised();
            ports.payments().update(authorised);
            Instant now = ports.kernel().now();
            if (placed.order() instanceof Order.Open open && !open.holdExpiredAt(now)) {
                // the window runs from when the provider authorised the card, not from when we heard
                Instant authorisedAt = event.createdAt().isBefore(now) ? event.createdAt() : now;
                Order.Open held = open.holdUntil(ports.capture().holdUntil(authorisedAt));
                ports.orders().update(held);
                EventEnvelopes.record(ports.outbox(), ports.kernel(), new OrderCardAuthorised(held, authorised));
            }
            return null;
        });
    }
}
