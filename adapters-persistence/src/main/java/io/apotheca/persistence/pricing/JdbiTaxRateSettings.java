package io.apotheca.persistence.pricing;

import io.apotheca.application.pricing.port.out.TaxRateSettings;
import io.apotheca.domain.pricing.TaxCategory;
import io.apotheca.domain.pricing.TaxRate;
import io.apotheca.domain.pricing.TaxRates;
import io.apotheca.persistence.JdbiContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

/** Tax rates in {@code tax_rates}, one row per taxed category. */
public final class JdbiTaxRateSettings implements TaxRateSettings {

    private final JdbiContext db;

    public JdbiTaxRateSettings(JdbiContext db) {
        this.db = db;
    }

    @Override
    public TaxRates current() {
        return db.with(h -> {
            Map<TaxCategory, TaxRate> rates = new EnumMap<>(TaxCategory.class);
            h.createQuery("SELECT category, percent FROM tax_rates")
                    .map((row, ctx) ->
                            Map.entry(TaxCategory.valueOf(row.getString("category")), row.getBigDecimal("percent")))
                    .forEach(e -> rates.put(e.getKey(), new TaxRate(e.getValue())));
            return new TaxRates(rates);
        });
    }

    @Override
    public void replace(TaxRates rates, Instant at) {
        db.with(h -> {
            // row by row, so that two administrators replacing the rates at once both succeed, the last winning
            for (TaxCategory category : TaxCategory.values()) {
                BigDecimal percent = rates.rateFor(category).percent();
                if (percent.signum() == 0) {
                    h.createUpdate("DELETE FROM tax_rates WHERE category = :c")
                            .bind("c", category.name())
                            .execute();
                } else {
                    h.createUpdate("""
                                    INSERT INTO tax_rates (category, percent, updated_at) VALUES (:c, :p, :at)
                                    ON CONFLICT (category) DO UPDATE SET percent = :p, updated_at = :at""")
                            .bind("c", category.name())
                            .bind("p", percent)
                            .bind("at", at.atOffset(ZoneOffset.UTC))
                            .execute();
                }
            }
            return null;
        });
    }
}
