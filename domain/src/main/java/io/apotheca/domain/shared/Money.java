package io.apotheca.domain.shared;

import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in the smallest unit of its currency (cents for USD), never a floating-point
 * number, so that prices, totals and refunds add up to the cent.
 *
 * @param minor the amount in minor units; never negative (a refund is its own record, not a negative
 *     price)
 * @param currency the ISO-4217 currency
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (minor < 0) {
            throw new IllegalArgumentException("money is never negative: " + minor);
        }
    }

    /**
     * The currency the shop sells in, and so of a price, shipping option or empty cart for which none
     * is named: US dollars, until the pharmacy's own currency becomes a setting.
     */
    public static final Currency DEFAULT_CURRENCY = Currency.getInstance("USD");

    /**
     * The dearest price a product or shipping option may carry: a million in a currency of cents.
     * It bounds every sum the shop makes: a full cart (100 lines of 99 units at this price, with tax
     * and shipping) stays a hundred thousand times below what a {@code long} holds.
     */
    public static final long PRICE_CEILING_MINOR = 100_000_000L;

    /** Builds an amount from minor units and an ISO-4217 code such as {@code "USD"}. */
    public static Money of(long minor, String currencyCode) {
        return new Money(minor, Currency.getInstance(currencyCode));
    }

    /** Nothing, in the given currency. */
    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    /** What remains after taking {@code other} away; refuses to go below zero. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    /** The price of {@code quantity} units at this unit price. */
    public Money times(int quantity) {
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity is never negative: " + quantity);
        }
        return new Money(Math.multiplyExact(minor, quantity), currency);
    }

    public boolean isZero() {
        return minor == 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minor, other.minor);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
        }
    }

    @Override
    public String toString() {
        return minor + " " + currency.getCurrencyCode();
    }
}
