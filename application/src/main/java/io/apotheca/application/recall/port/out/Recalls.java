package io.apotheca.application.recall.port.out;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.inventory.BatchId;
import io.apotheca.domain.inventory.Recall;
import io.apotheca.domain.inventory.RecallShortfall.Holding;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a recall finds (who received the lot, which orders hold its product) and what it keeps: the
 * recall, its figures, its patients with whether each was told, and the orders it cancelled.
 * Every call runs in the caller's transaction.
 */
public interface Recalls {

    /** One order's units of the lot, dispensed to its patient. */
    record Dispensed(OrderId order, UserId patient, int quantity, Instant dispensedAt) {}

    /** A patient as the report shows them: who, how to reach them, and when their notice left, if it did. */
    record AffectedPatient(Dispensed dispensed, String name, String email, Optional<Instant> noticeSentAt) {}

    /**
     * An open order the recall left unserved, and cancelled.
     *
     * @param before the order's status before it was cancelled
     * @param refund the full refund of what was paid, when something was
     */
    record Cancellation(OrderId order, UserId customer, OrderStatus before, Optional<UUID> refund) {}

    /** The lot's units when it was recalled: received into stock, dispensed to patients, still on the shelf. */
    record Figures(int received, int dispensed, int onHand) {}

    /** A recall as kept, with its product's name. */
    record Kept(
            Recall recall,
            String productName,
            Figures figures,
            List<AffectedPatient> patients,
            List<Cancellation> cancellations) {

        public Kept {
            patients = List.copyOf(patients);
            cancellations = List.copyOf(cancellations);
        }
    }

    /** Every dispensing from the lot, one per order, oldest first. */
    List<Dispensed> dispensedFrom(BatchId batch);

    /** The orders holding units of the product now, the most recently placed first. */
    List<Holding> holdingsNewestFirst(ProductId product);

    /** Units of the lot received into stock. */
    int unitsReceived(BatchId batch);

    /** Keeps the recall with what it found. */
    void add(Recall recall, Figures figures, List<Dispensed> patients, List<Cancellation> cancellations);

    Optional<Kept> byId(UUID recall);

    /**
     * A recall in the list: its patients, the notices sent and the orders cancelled counted, no
     * patient named.
     */
    record Summary(
            Recall recall, String productName, Figures figures, int patients, int noticesSent, int cancelledOrders) {}

    /** Every recall, newest first. */
    List<Summary> summaries();

    /** The patient's notice of the recall left at that instant; a second word of it changes nothing. */
    void noticeSent(UUID recall, UserId patient, Instant at);
}
