package io.apotheca.domain.prescription;

import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.DispensedLot;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.Quantity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One use of a prescribed item: reserved by an order at checkout, then dispensed (the lots, the
 * pharmacist and the moment), or given back when the order is cancelled or expires.
 *
 * @param itemId the prescribed item
 * @param orderId the order line it serves
 * @param quantity the units
 * @param reservedAt when the checkout reserved it
 * @param dispensing how it was dispensed, once it was
 */
public record Fill(
        UUID itemId, OrderId orderId, Quantity quantity, Instant reservedAt, Optional<Dispensing> dispensing) {

    public Fill {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(reservedAt, "reservedAt");
        Objects.requireNonNull(dispensing, "dispensing");
    }

    /** A fill reserved by a checkout. */
    public static Fill reserved(UUID itemId, OrderId orderId, Quantity quantity, Instant at) {
        return new Fill(itemId, orderId, quantity, at, Optional.empty());
    }

    /** The reservation turned into a fill: what left the shelf, by whom, when. */
    public Fill dispensed(List<DispensedLot> lots, UserId pharmacist, Instant at) {
        if (dispensing.isPresent()) {
            throw new IllegalStateException("the fill for order " + orderId + " is dispensed already");
        }
        return new Fill(itemId, orderId, quantity, reservedAt, Optional.of(new Dispensing(lots, pharmacist, at)));
    }

    /**
     * How a fill left the pharmacy.
     *
     * @param lots the lots it came from
     * @param pharmacist who dispensed it
     * @param at when
     */
    public record Dispensing(List<DispensedLot> lots, UserId pharmacist, Instant at) {

        public Dispensing {
            lots = List.copyOf(lots);
            Objects.requireNonNull(pharmacist, "pharmacist");
            Objects.requireNonNull(at, "at");
        }
    }
}
