package io.apotheca.application.prescription.port.out;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.DispensedLot;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.prescription.PrescribedItem;
import io.apotheca.domain.prescription.PrescriptionId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The fills of prescription items: reserved by an order, then dispensed with it or released when it
 * closes without dispensing. A released fill no longer counts.
 */
public interface PrescriptionFills {

    /**
     * An item of an approved prescription, with what it has served so far.
     *
     * @param prescription the prescription it is on
     * @param written the day the prescription was written
     * @param validUntil the prescription's last valid day, as the pharmacist approved it
     * @param item the item
     * @param fillsTaken its fills reserved or dispensed
     * @param fillsDispensed its fills dispensed
     * @param lastFilled the day of its latest fill: dispensed, or reserved by an order not yet
     *     dispensed (which will be dispensed that day or later)
     */
    record ItemOnFile(
            PrescriptionId prescription,
            LocalDate written,
            LocalDate validUntil,
            PrescribedItem item,
            int fillsTaken,
            int fillsDispensed,
            Optional<LocalDate> lastFilled) {}

    /**
     * One fill, as the patient and the pharmacist see it.
     *
     * @param itemId the prescription item
     * @param productId its medicine
     * @param orderId the order it is for
     * @param quantity the units
     * @param reservedAt when the order reserved it
     * @param dispensedAt when it was dispensed, if it was
     * @param dispensedBy the pharmacist, if it was
     * @param lots the lots the order's line took, once dispensed
     */
    record FillRecord(
            UUID itemId,
            ProductId productId,
            OrderId orderId,
            Quantity quantity,
            Instant reservedAt,
            Optional<Instant> dispensedAt,
            Optional<UserId> dispensedBy,
            List<DispensedLot> lots) {}

    /**
     * The patient's items for this product on approved prescriptions, oldest written first, each
     * locked until the transaction ends: of two orders at once, the second counts the first's fill.
     */
    List<ItemOnFile> lockItemsFor(UserId patient, ProductId product);

    /** The prescription's items with what they served so far, in transcribed order. */
    List<ItemOnFile> itemsOf(PrescriptionId prescription);

    void reserve(UUID fillId, UUID itemId, OrderId order, Quantity quantity, Instant at);

    /** Releases the order's fills not yet dispensed: they count no longer. */
    void release(OrderId order, Instant at);

    /** Releases the order's fills not yet dispensed of these products only: lines withdrawn from it. */
    void release(OrderId order, java.util.Set<io.apotheca.domain.catalog.ProductId> products, Instant at);

    /** Records the order's reserved fills as dispensed; answers the prescriptions they are on. */
    Set<PrescriptionId> dispense(OrderId order, UserId pharmacist, Instant at);

    /** The products whose lines of this order a fill covers (reserved or dispensed). */
    Set<ProductId> coveredOf(OrderId order);

    /** The fills, not released, of these prescriptions' items, by prescription, oldest first. */
    Map<PrescriptionId, List<FillRecord>> fillsOf(List<PrescriptionId> prescriptions);

    /** The patient's dispensed fills, newest first, at most {@code limit}. */
    List<FillRecord> dispensedTo(UserId patient, int limit);
}
