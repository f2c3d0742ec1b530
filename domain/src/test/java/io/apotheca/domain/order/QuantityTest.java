package io.apotheca.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.domain.shared.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 98, 99})
    void a_line_holds_one_to_ninety_nine_units(int units) {
        Quantity quantity = Quantity.of(units);

        assertThat(Quantity.allowed(units)).isTrue();
        assertThat(quantity.units()).isEqualTo(units);
        assertThat(quantity.priceAt(Money.of(250, "USD"))).isEqualTo(Money.of(250L * units, "USD"));
        assertThat(quantity).hasToString(Integer.toString(units));
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 100, 1000})
    void no_line_holds_nothing_or_more_than_ninety_nine(int units) {
        assertThat(Quantity.allowed(units)).isFalse();
        assertThatThrownBy(() -> Quantity.of(units)).isInstanceOf(IllegalArgumentException.class);
    }
}
