package io.apotheca.domain.order;

import io.apotheca.domain.shared.Money;

/**
 * How many units of one product an order line holds: 1 to {@value #MAX}. A pharmacy sells no line
 * of nothing, and caps a line so that a typo of an extra digit is caught before it is dispensed.
 *
 * @param units the number of units
 */
public record Quantity(int units) {

    /** The most units one line may hold. */
    public static final int MAX = 99;

    public Quantity {
        if (!allowed(units)) {
            throw new IllegalArgumentException("a line holds 1 to " + MAX + " units, not " + units);
        }
    }

    public static Quantity of(int units) {
        return new Quantity(units);
    }

    /** Whether a line may hold this many units. */
    public static boolean allowed(int units) {
        return units >= 1 && units <= MAX;
    }

    /** The price of these units at the unit price. */
    public Money priceAt(Money unitPrice) {
        return unitPrice.times(units);
    }

    @Override
    public String toString() {
        return Integer.toString(units);
    }
}
