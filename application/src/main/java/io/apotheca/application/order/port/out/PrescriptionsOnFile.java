package io.apotheca.application.order.port.out;

import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderLine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The patient's prescriptions on file, as orders use them: a prescription-only line is covered by
 * an item of an approved prescription with a fill left, and the covering fill is reserved by the
 * order, dispensed with it, or given back when it closes. Prescriptions implements this port; it
 * runs inside the order's transaction.
 */
public interface PrescriptionsOnFile {

    /** What the file can do for an order's prescription-only lines. */
    sealed interface Cover {}

    /**
     * The lines a fill can cover, each with the item chosen, its items locked until the transaction
     * ends; the others wait for a prescription.
     *
     * @param fills one per covered line
     * @param uncovered how many prescription-only lines no item covers
     */
    record Planned(List<PlannedFill> fills, int uncovered) implements Cover {

        public Planned {
            fills = List.copyOf(fills);
        }

        public boolean coversAll() {
            return uncovered == 0;
        }
    }

    /** A line whose only items on file may not be filled yet; the refusal says from which day. */
    record TooSoon(String productName, LocalDate allowedFrom) implements Cover {}

    /** The fill a line will take from an item. */
    record PlannedFill(UUID itemId, OrderLine line) {}

    /** Chooses, for each prescription-only line of the patient's new order, an item of the file with a fill left. */
    Cover plan(UserId patient, List<OrderLine> lines, Instant now);

    /** Reserves the planned fills for the order, once it is recorded. */
    void reserve(OrderId order, Planned planned, Instant now);

    /** The order closed without dispensing (cancelled, expired): its fills are given back. */
    void release(OrderId order, Instant at);

    /** The products whose prescription-only lines of this order a fill covers. */
    java.util.Set<io.apotheca.domain.catalog.ProductId> covered(OrderId order);

    /** Gives back the order's fills of these products: lines withdrawn from it before dispensing. */
    void release(OrderId order, java.util.Set<io.apotheca.domain.catalog.ProductId> products, Instant at);

    /** The order was dispensed: its fills are recorded as dispensed, and a prescription used up is exhausted. */
    void dispensed(OrderId order, UserId pharmacist, Instant at);
}
