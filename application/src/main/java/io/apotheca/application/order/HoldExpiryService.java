package io.apotheca.application.order;

import io.apotheca.application.order.port.in.ExpireHoldsUseCase;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.domain.order.CancellationReason;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderId;
import java.time.Instant;
import java.util.Optional;

/**
 * Expires one order per transaction: it is locked and its state read again, so an order paid or
 * cancelled meanwhile, or expired by another instance, is left alone.
 */
final class HoldExpiryService implements ExpireHoldsUseCase {

    private static final int BATCH = 200;

    private final OrderPorts ports;

    HoldExpiryService(OrderPorts ports) {
        this.ports = ports;
    }

    @Override
    public int expireDue() {
        Instant now = ports.kernel().now();
        int expired = 0;
        for (OrderId id : ports.orders().holdExpiredBy(now, BATCH)) {
            boolean done = ports.kernel().transactions().inTransaction(() -> {
                Optional<Placed> placed = ports.orders().lock(id);
                if (placed.isEmpty()
                        || !(placed.get().order() instanceof Order.Open open)
                        || !open.holdExpiredAt(now)
                        || capturing(placed.get())) {
                    return false;
                }
                Order.Cancelled cancelled = open.cancel(CancellationReason.EXPIRED, now);
                OrderCancellations.of(ports).record(cancelled, now);
                return true;
            });
            expired += done ? 1 : 0;
        }
        return expired;
    }

    /** A card being charged as the order is dispensed: the order waits for the provider's word. */
    private static boolean capturing(Placed placed) {
        return placed.payment()
                .map(p -> p.latest() instanceof io.apotheca.domain.payment.Payment.CaptureRequested)
                .orElse(false);
    }
}
