package io.apotheca.domain.pricing;

import io.apotheca.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A sales-tax rate in percent, from 0 to 100 with at most three decimals (8.875 % is a real rate).
 *
 * <p>The rounding rule, the one place tax is rounded: tax is worked out per order line, on the
 * line's net total in minor units, and rounded half-even (banker's rounding) to a whole minor unit.
 * An order's tax is the sum of its lines' tax, so every line's tax can be shown and checked on its
 * own and the lines always add up to the order.
 *
 * @param percent the rate, such as {@code 20} or {@code 5.5}
 */
public record TaxRate(BigDecimal percent) {

    /** The most decimals a rate may have. */
    public static final int MAX_SCALE = 3;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** No tax. */
    public static final TaxRate ZERO = new TaxRate(BigDecimal.ZERO);

    public TaxRate {
        Objects.requireNonNull(percent, "percent");
        if (!isValid(percent)) {
            throw new IllegalArgumentException("a tax rate is 0 to 100 percent with at most 3 decimals: " + percent);
        }
        percent = percent.stripTrailingZeros();
        if (percent.scale() < 0) {
            percent = percent.setScale(0);
        }
    }

    /** Whether {@code percent} could be a rate: 0 to 100, at most three decimals. */
    public static boolean isValid(BigDecimal percent) {
        return percent != null
                && percent.signum() >= 0
                && percent.compareTo(HUNDRED) <= 0
                && percent.stripTrailingZeros().scale() <= MAX_SCALE;
    }

    public static TaxRate percent(String percent) {
        return new TaxRate(new BigDecimal(percent));
    }

    public boolean isZero() {
        return percent.signum() == 0;
    }

    /** The tax on a net amount, rounded half-even to a whole minor unit. */
    public Money taxOn(Money net) {
        long tax = BigDecimal.valueOf(net.minor())
                .multiply(percent)
                .divide(HUNDRED, 0, RoundingMode.HALF_EVEN)
                .longValueExact();
        return new Money(tax, net.currency());
    }

    @Override
    public String toString() {
        return percent.toPlainString() + "%";
    }
}
