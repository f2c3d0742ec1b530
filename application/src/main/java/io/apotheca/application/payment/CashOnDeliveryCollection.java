package io.apotheca.application.payment;

import io.apotheca.application.order.port.out.CashCollection;
import io.apotheca.application.payment.port.out.Payments;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.payment.Payment;

/** Cash handed to the courier: the order's confirmed cash payment becomes collected. */
public final class CashOnDeliveryCollection implements CashCollection {

    private final Payments payments;

    public CashOnDeliveryCollection(Payments payments) {
        this.payments = payments;
    }

    @Override
    public void collectedOnDelivery(OrderId order) {
        payments.ofOrder(order).stream().forEach(p -> {
            if (p instanceof Payment.CashConfirmed confirmed) {
                payments.update(confirmed.collected());
            }
        });
    }
}
