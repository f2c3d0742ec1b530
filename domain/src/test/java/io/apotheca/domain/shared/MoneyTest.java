package io.apotheca.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void adds_and_multiplies_in_minor_units() {
        Money price = Money.of(1299, "USD");

        assertThat(price.times(3).plus(Money.of(1, "USD"))).isEqualTo(Money.of(3898, "USD"));
    }

    @Test
    void refuses_to_become_negative() {
        assertThatThrownBy(() -> Money.of(100, "USD").minus(Money.of(101, "USD")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(-1, "USD")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_to_mix_currencies() {
        assertThatThrownBy(() -> Money.of(100, "USD").plus(Money.of(100, "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EUR");
    }

    @Test
    void refuses_an_unknown_currency_code() {
        assertThatThrownBy(() -> Money.of(100, "XYZW")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_an_overflowing_total() {
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "USD").plus(Money.of(1, "USD")))
                .isInstanceOf(ArithmeticException.class);
    }
}
