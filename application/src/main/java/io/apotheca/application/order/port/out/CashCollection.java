package io.apotheca.application.order.port.out;

import io.apotheca.domain.order.OrderId;

/**
 * The cash a courier takes at the door. When an order paid on delivery is handed over, its
 * confirmed cash payment is recorded as collected. Payments implements this port; it runs inside
 * the delivery's transaction.
 */
public interface CashCollection {

    /** Records the order's confirmed cash-on-delivery payment as collected. */
    void collectedOnDelivery(OrderId order);
}
