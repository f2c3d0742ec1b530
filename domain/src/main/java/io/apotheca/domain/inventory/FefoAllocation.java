package io.apotheca.domain.inventory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * First expiry, first out: a quantity is taken from the sellable lots that expire soonest, ties
 * broken by the order of receipt, so that stock on the shelf turns over before it expires.
 */
public final class FefoAllocation {

    /** The order lots are taken in. */
    public static final Comparator<Batch> ORDER =
            Comparator.comparing(Batch::expiryDate).thenComparingLong(Batch::receiptSequence);

    private FefoAllocation() {}

    /** What an allocation came to. */
    public sealed interface Result {}

    /**
     * The quantity, taken lot by lot.
     *
     * @param takes one per lot, in the order they were taken
     */
    public record Allocated(List<Take> takes) implements Result {

        public Allocated {
            takes = List.copyOf(takes);
        }

        public int quantity() {
            return takes.stream().mapToInt(Take::quantity).sum();
        }
    }

    /**
     * Not enough sellable stock; nothing is taken.
     *
     * @param sellable how many sellable units there are
     */
    public record Insufficient(int sellable) implements Result {}

    /**
     * Units taken from one lot.
     *
     * @param batchId the lot's batch
     * @param lot its lot number
     * @param expiryDate its expiry
     * @param quantity units taken
     */
    public record Take(BatchId batchId, LotNumber lot, LocalDate expiryDate, int quantity) {}

    /** Takes {@code quantity} units from the sellable lots, soonest expiry first. */
    public static Result allocate(List<Batch> batches, int quantity, SellableBatchPolicy policy) {
        if (quantity < 1) {
            throw new IllegalArgumentException("allocate at least one unit");
        }
        List<Batch> sellable = batches.stream()
                .filter(policy::isSellable)
                .filter(b -> b.onHand() > 0)
                .sorted(ORDER)
                .toList();
        int total = sellable.stream().mapToInt(Batch::onHand).sum();
        if (total < quantity) {
            return new Insufficient(total);
        }
        List<Take> takes = new ArrayList<>();
        int remaining = quantity;
        for (Batch batch : sellable) {
            if (remaining == 0) {
                break;
            }
            int taken = Math.min(remaining, batch.onHand());
            takes.add(new Take(batch.id(), batch.lot(), batch.expiryDate(), taken));
            remaining -= taken;
        }
        return new Allocated(takes);
    }
}
