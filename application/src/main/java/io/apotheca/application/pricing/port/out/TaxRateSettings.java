package io.apotheca.application.pricing.port.out;

import io.apotheca.domain.pricing.TaxRates;
import java.time.Instant;

/** The pharmacy's current tax rates; with none stored, nothing is taxed. */
public interface TaxRateSettings {

    TaxRates current();

    /** Replaces every rate at once. */
    void replace(TaxRates rates, Instant at);
}
