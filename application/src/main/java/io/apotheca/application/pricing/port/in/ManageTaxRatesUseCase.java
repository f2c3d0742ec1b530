package io.apotheca.application.pricing.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.domain.pricing.TaxRates;
import java.math.BigDecimal;
import java.util.Map;

/**
 * An administrator reads and replaces the tax rate of each tax category. A new rate applies to carts
 * and checkouts from then on; a placed order keeps the rates it was placed with.
 */
public interface ManageTaxRatesUseCase {

    Outcome<TaxRates> view(Caller caller);

    /**
     * Sets every category's rate at once; a category left out is untaxed.
     *
     * @param percentByCategory the rate in percent by category name ({@code STANDARD}, {@code REDUCED},
     *     {@code EXEMPT}); {@code EXEMPT} may only be 0
     */
    Outcome<TaxRates> replace(Caller caller, Map<String, BigDecimal> percentByCategory);
}
