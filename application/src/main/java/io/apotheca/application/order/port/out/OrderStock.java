package io.apotheca.application.order.port.out;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.DispensedLot;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderLine;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an order asks of the shelf: units held while it waits, given back when it ends unpaid,
 * taken from the soonest-expiring lots when it is dispensed, and kept off sale when a dispensed
 * order is refunded. The stock is inventory's, which implements this port; every call runs inside
 * the caller's transaction.
 */
public interface OrderStock {

    /** Holds the units for the order; false, and nothing held, when fewer may still be sold. */
    boolean hold(OrderId order, ProductId product, int quantity, Instant at);

    /** Units of the product that may still be sold now. */
    int available(ProductId product);

    /** Gives back every unit the order still holds. */
    void release(OrderId order, Instant at);

    /** Gives back what the order holds of these products: lines withdrawn from it before dispensing. */
    void release(OrderId order, java.util.Set<ProductId> products, Instant at);

    /**
     * Takes each line's units from its soonest-expiring sellable lots, records the movements, and
     * turns the order's holds into these deductions; products are locked in id order.
     */
    Dispensing dispense(OrderId order, List<OrderLine> lines, UserId pharmacist, Instant at);

    /**
     * Records the lots a refunded order took as quarantined: if the parcel comes back, its units
     * are never sold again.
     */
    void quarantineDispensed(Order.Refunded order, Optional<UserId> by, Instant at);

    /** What dispensing did. */
    sealed interface Dispensing {}

    /** Every line taken: the lots each product's units came from. */
    record Dispensed(Map<ProductId, List<DispensedLot>> lots) implements Dispensing {

        public Dispensed {
            lots = Map.copyOf(lots);
        }
    }

    /** A line the sellable lots could not serve; nothing may be kept of the attempt. */
    record Short(OrderLine line) implements Dispensing {}
}
