package io.apotheca.application.order;

import io.apotheca.application.events.EventEnvelopes;
import io.apotheca.application.events.PharmacyEvent.OrderCancelled;
import io.apotheca.application.events.PharmacyEvent.OrderExpired;
import io.apotheca.application.events.port.out.Outbox;
import io.apotheca.application.order.port.out.OrderStock;
import io.apotheca.application.order.port.out.Orders;
import io.apotheca.application.order.port.out.PrescriptionsOnFile;
import io.apotheca.application.shared.Kernel;
import io.apotheca.domain.order.CancellationReason;
import io.apotheca.domain.order.Order;
import java.time.Instant;

/**
 * What every cancellation of an order records, whoever decided it (its customer, staff, the hold's
 * expiry, a recall): the order saved, the stock it held and the prescription fills it reserved given
 * back, and its event, {@code order.expired} for a hold that ran out, else {@code order.cancelled}.
 * Call in a transaction, with the order locked.
 */
public final class OrderCancellations {

    private final Orders orders;
    private final OrderStock stock;
    private final PrescriptionsOnFile prescriptions;
    private final Outbox outbox;
    private final Kernel kernel;

    public OrderCancellations(
            Orders orders, OrderStock stock, PrescriptionsOnFile prescriptions, Outbox outbox, Kernel kernel) {
        this.orders = orders;
        this.stock = stock;
        this.prescriptions = prescriptions;
        this.outbox = outbox;
        this.kernel = kernel;
    }

    static OrderCancellations of(OrderPorts ports) {
        return new OrderCancellations(
                ports.orders(), ports.stock(), ports.prescriptions(), ports.outbox(), ports.kernel());
    }

    public void record(Order.Cancelled cancelled, Instant at) {
        orders.update(cancelled);
        stock.release(cancelled.id(), at);
        prescriptions.release(cancelled.id(), at);
        EventEnvelopes.record(
                outbox,
                kernel,
                cancelled.reason() == CancellationReason.EXPIRED
                        ? new OrderExpired(cancelled)
                        : new OrderCancelled(cancelled));
    }
}
