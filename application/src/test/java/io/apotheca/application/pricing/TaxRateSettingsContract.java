package io.apotheca.application.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.pricing.port.out.TaxRateSettings;
import io.apotheca.domain.pricing.TaxCategory;
import io.apotheca.domain.pricing.TaxRate;
import io.apotheca.domain.pricing.TaxRates;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every keeper of the pharmacy's tax rates must do, whatever keeps them. The in-memory fake
 * and the PostgreSQL store each extend this class.
 */
public abstract class TaxRateSettingsContract {

    private static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");

    /** The store under test, with no rate stored yet. */
    protected abstract TaxRateSettings settings();

    @Test
    void with_no_rate_stored_nothing_is_taxed() {
        assertThat(settings().current()).isEqualTo(TaxRates.none());
    }

    @Test
    void replaced_rates_read_back_to_three_decimals() {
        TaxRates rates = new TaxRates(Map.of(
                TaxCategory.STANDARD, TaxRate.percent("8.875"),
                TaxCategory.REDUCED, TaxRate.percent("5.50")));

        settings().replace(rates, AT);

        assertThat(settings().current()).isEqualTo(rates);
        assertThat(settings().current().rateFor(TaxCategory.REDUCED)).isEqualTo(TaxRate.percent("5.5"));
    }

    @Test
    void a_replacement_leaves_untaxed_every_category_it_leaves_out() {
        settings()
                .replace(
                        new TaxRates(Map.of(
                                TaxCategory.STANDARD, TaxRate.percent("20"),
                                TaxCategory.REDUCED, TaxRate.percent("5"))),
                        AT);

        settings().replace(new TaxRates(Map.of(TaxCategory.REDUCED, TaxRate.percent("7"))), AT.plusSeconds(60));

        TaxRates now = settings().current();
        assertThat(now.rateFor(TaxCategory.STANDARD)).isEqualTo(TaxRate.ZERO);
        assertThat(now.rateFor(TaxCategory.REDUCED)).isEqualTo(TaxRate.percent("7"));
        assertThat(now.rateFor(TaxCategory.EXEMPT)).isEqualTo(TaxRate.ZERO);
    }

    @Test
    void replacing_the_rates_with_none_taxes_nothing_again() {
        settings().replace(new TaxRates(Map.of(TaxCategory.STANDARD, TaxRate.percent("100"))), AT);

        settings().replace(TaxRates.none(), AT.plusSeconds(60));

        assertThat(settings().current()).isEqualTo(TaxRates.none());
    }
}
