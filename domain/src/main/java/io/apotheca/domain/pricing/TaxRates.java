package io.apotheca.domain.pricing;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The pharmacy's tax rate for each tax category. A category without a rate is untaxed, so with
 * nothing configured nothing is taxed; {@link TaxCategory#EXEMPT} is never taxed.
 *
 * @param rates the rate of each configured category
 */
public record TaxRates(Map<TaxCategory, TaxRate> rates) {

    public TaxRates {
        Objects.requireNonNull(rates, "rates");
        TaxRate exempt = rates.get(TaxCategory.EXEMPT);
        if (exempt != null && !exempt.isZero()) {
            throw new IllegalArgumentException("the EXEMPT category is never taxed");
        }
        EnumMap<TaxCategory, TaxRate> complete = new EnumMap<>(TaxCategory.class);
        for (TaxCategory category : TaxCategory.values()) {
            complete.put(category, rates.getOrDefault(category, TaxRate.ZERO));
        }
        rates = Map.copyOf(complete);
    }

    /** No tax on anything: the pharmacy before an administrator sets a rate. */
    public static TaxRates none() {
        return new TaxRates(Map.of());
    }

    public TaxRate rateFor(TaxCategory category) {
        return rates.get(category);
    }
}
