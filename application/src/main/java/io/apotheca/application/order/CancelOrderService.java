package io.apotheca.application.order;

import io.apotheca.application.order.port.in.CancelOrderUseCase;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.order.CancellationReason;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.payment.Payment;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Calls an order off and gives its stock back. Its customer may while it waits for a prescription
 * or payment; an administrator may then too, and also once a cash-on-delivery order is confirmed,
 * which is audited. Other staff may read the order but not cancel it.
 */
final class CancelOrderService implements CancelOrderUseCase {

    private final OrderPorts ports;
    private final OrderReaders readers;

    CancelOrderService(OrderPorts ports) {
        this.ports = ports;
        this.readers = new OrderReaders(ports.pharmacists());
    }

    @Override
    public Outcome<Placed> cancel(Caller caller, UUID orderId) {
        return Access.signedIn(caller)
                .then(principal -> ports.kernel().transactions().inTransaction(() -> {
                    Optional<Placed> placed =
                            ports.orders().lock(new OrderId(orderId)).filter(p -> readers.maySee(principal, p));
                    if (placed.isEmpty()) {
                        return Outcome.refused(Refusal.notFound());
                    }
                    Order order = placed.get().order();
                    Instant now = ports.kernel().now();
                    boolean admin = principal.role() == Role.ADMIN;
                    if (!admin && !ownedBy(order, principal)) {
                        return Outcome.refused(Refusal.forbidden());
                    }
                    if (placed.get()
                            .payment()
                            .map(p -> p.latest() instanceof Payment.CaptureRequested)
                            .orElse(false)) {
                        return Outcome.refused(Refusal.of(
                                CommonReason.INVALID_TRANSITION,
                                "The order's card is being charged as it is dispensed; it can no longer be"
                                        + " cancelled, only refunded once paid."));
                    }
                    Optional<Order.Cancelled> cancelled = admin ? byStaff(order, now) : byCustomer(order, now);
                    if (cancelled.isEmpty()) {
                        return Outcome.refused(Refusal.of(
                                CommonReason.INVALID_TRANSITION,
                                "An order that is " + order.status() + " cannot be cancelled."));
                    }
                    record(caller, cancelled.get(), order, admin, now);
                    return Outcome.done(placed.get().withOrder(cancelled.get()));
                }));
    }

    /** A customer calls off an order of theirs that still waits. */
    private static Optional<Order.Cancelled> byCustomer(Order order, Instant now) {
        return order instanceof Order.Open open
                ? Optional.of(open.cancel(CancellationReason.CUSTOMER, now))
                : Optional.empty();
    }

    /** An administrator calls off an order that waits, or a confirmed cash-on-delivery one. */
    private static Optional<Order.Cancelled> byStaff(Order order, Instant now) {
        if (order instanceof Order.Open open) {
            return Optional.of(open.cancel(CancellationReason.STAFF, now));
        } else if (order instanceof Order.Confirmed confirmed) {
            return Optional.of(confirmed.cancelByStaff(now));
        }
        return Optional.empty();
    }

    private void record(Caller caller, Order.Cancelled cancelled, Order before, boolean admin, Instant now) {
        OrderCancellations.of(ports).record(cancelled, now);
        if (admin) {
            ports.audit()
                    .record(
                            caller,
                            "order.cancelled",
                            "order",
                            cancelled.id().toString(),
                            Map.of("from", before.status().name()));
        }
    }

    private static boolean ownedBy(Order order, Principal principal) {
        return order.details().customer().equals(principal.userId());
    }
}
