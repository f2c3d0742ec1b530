package io.apotheca.domain.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Which orders a recall leaves unserved. Once the lot is off sale, the product's sellable units may
 * fall below the units held for orders; the newest holders give way first, each order whole, until
 * what is held fits what may still be sold. The older orders keep their holds.
 */
public final class RecallShortfall {

    private RecallShortfall() {}

    /**
     * Units of the product one order holds.
     *
     * @param order the order's id
     * @param units at least one
     */
    public record Holding(UUID order, int units) {

        public Holding {
            Objects.requireNonNull(order, "order");
            if (units < 1) {
                throw new IllegalArgumentException("a holding is of at least one unit");
            }
        }
    }

    /**
     * The orders to call off, newest first.
     *
     * @param sellable the product's sellable units on hand once the lot is recalled
     * @param newestFirst the orders holding the product, the most recently placed first
     */
    public static List<UUID> ordersToCancel(int sellable, List<Holding> newestFirst) {
        int shortfall = newestFirst.stream().mapToInt(Holding::units).sum() - Math.max(0, sellable);
        List<UUID> cancel = new ArrayList<>();
        for (Holding holding : newestFirst) {
            if (shortfall <= 0) {
                break;
            }
            cancel.add(holding.order());
            shortfall -= holding.units();
        }
        return List.copyOf(cancel);
    }
}
