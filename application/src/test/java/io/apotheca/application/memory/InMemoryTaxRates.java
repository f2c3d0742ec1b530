package io.apotheca.application.memory;

import io.apotheca.application.pricing.port.out.TaxRateSettings;
import io.apotheca.domain.pricing.TaxRates;
import java.time.Instant;

/** Tax rates in memory. */
public final class InMemoryTaxRates implements TaxRateSettings {

    private volatile TaxRates rates = TaxRates.none();

    @Override
    public TaxRates current() {
        return rates;
    }

    @Override
    public void replace(TaxRates replacement, Instant at) {
        rates = replacement;
    }
}
