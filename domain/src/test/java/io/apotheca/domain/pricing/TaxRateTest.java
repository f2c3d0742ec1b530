package io.apotheca.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaxRateTest {

    @Test
    void rounds_the_tax_on_a_net_amount_half_even_to_a_whole_minor_unit() {
        TaxRate reduced = TaxRate.percent("5.5");

        assertThat(reduced.taxOn(Money.of(700, "USD"))).isEqualTo(Money.of(38, "USD")); // 38.5 -> 38
        assertThat(reduced.taxOn(Money.of(900, "USD"))).isEqualTo(Money.of(50, "USD")); // 49.5 -> 50
        assertThat(TaxRate.percent("20").taxOn(Money.of(998, "USD"))).isEqualTo(Money.of(200, "USD")); // 199.6
        assertThat(TaxRate.percent("8.875").taxOn(Money.of(1000, "USD"))).isEqualTo(Money.of(89, "USD")); // 88.75
        assertThat(TaxRate.ZERO.taxOn(Money.of(1250, "USD"))).isEqualTo(Money.of(0, "USD"));
    }

    @Test
    void is_zero_to_a_hundred_percent_with_at_most_three_decimals() {
        assertThat(TaxRate.percent("100").taxOn(Money.of(1234, "EUR"))).isEqualTo(Money.of(1234, "EUR"));
        assertThat(TaxRate.percent("20.000").percent()).isEqualByComparingTo("20");
        assertThat(TaxRate.percent("20.000").percent().toPlainString()).isEqualTo("20");
        assertThatThrownBy(() -> TaxRate.percent("100.001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TaxRate.percent("-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TaxRate.percent("7.0625")).isInstanceOf(IllegalArgumentException.class);
        assertThat(TaxRate.isValid(new BigDecimal("1E+1"))).isTrue();
    }

    @Test
    void leaves_every_category_untaxed_until_a_rate_is_set() {
        TaxRates none = TaxRates.none();

        for (TaxCategory category : TaxCategory.values()) {
            assertThat(none.rateFor(category).isZero()).isTrue();
        }
        TaxRates some = new TaxRates(Map.of(TaxCategory.STANDARD, TaxRate.percent("20")));
        assertThat(some.rateFor(TaxCategory.STANDARD)).isEqualTo(TaxRate.percent("20"));
        assertThat(some.rateFor(TaxCategory.REDUCED)).isEqualTo(TaxRate.ZERO);
    }

    @Test
    void never_taxes_the_exempt_category() {
        assertThatThrownBy(() -> new TaxRates(Map.of(TaxCategory.EXEMPT, TaxRate.percent("1"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TaxCategory.defaultFor(true)).isEqualTo(TaxCategory.EXEMPT);
        assertThat(TaxCategory.defaultFor(false)).isEqualTo(TaxCategory.STANDARD);
    }
}
