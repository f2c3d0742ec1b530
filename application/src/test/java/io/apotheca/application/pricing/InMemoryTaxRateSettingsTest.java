package io.apotheca.application.pricing;

import io.apotheca.application.memory.InMemoryTaxRates;
import io.apotheca.application.pricing.port.out.TaxRateSettings;

/** The in-memory tax rates, held to the same contract as the PostgreSQL store. */
class InMemoryTaxRateSettingsTest extends TaxRateSettingsContract {

    private final InMemoryTaxRates rates = new InMemoryTaxRates();

    @Override
    protected TaxRateSettings settings() {
        return rates;
    }
}
