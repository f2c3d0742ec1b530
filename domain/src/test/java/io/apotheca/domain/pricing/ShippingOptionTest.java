package io.apotheca.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.domain.shared.Money;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShippingOptionTest {

    private final ShippingOption post = new ShippingOption(
            new ShippingOptionId(UUID.randomUUID()),
            "Standard post",
            Money.of(495, "USD"),
            Optional.of(Money.of(5000, "USD")),
            true);

    @Test
    void charges_its_price_under_the_threshold() {
        ShippingCharge charge = post.chargeFor(Money.of(4999, "USD"));

        assertThat(charge.amount()).isEqualTo(Money.of(495, "USD"));
        assertThat(charge.freeOverThreshold()).isFalse();
        assertThat(charge.option()).contains(post.id());
        assertThat(charge.name()).isEqualTo("Standard post");
    }

    @Test
    void ships_free_once_the_subtotal_reaches_the_threshold() {
        assertThat(post.chargeFor(Money.of(5000, "USD")).amount()).isEqualTo(Money.of(0, "USD"));
        assertThat(post.chargeFor(Money.of(5000, "USD")).freeOverThreshold()).isTrue();
    }

    @Test
    void without_a_threshold_always_charges_its_price() {
        ShippingOption express = new ShippingOption(
                new ShippingOptionId(UUID.randomUUID()), "Express", Money.of(1200, "USD"), Optional.empty(), true);

        assertThat(express.chargeFor(Money.of(1_000_000, "USD")).amount()).isEqualTo(Money.of(1200, "USD"));
    }

    @Test
    void keeps_its_threshold_in_its_own_currency_and_above_zero() {
        ShippingOptionId id = new ShippingOptionId(UUID.randomUUID());
        assertThatThrownBy(() ->
                        new ShippingOption(id, "Post", Money.of(495, "USD"), Optional.of(Money.of(5000, "EUR")), true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new ShippingOption(id, "Post", Money.of(495, "USD"), Optional.of(Money.of(0, "USD")), true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ShippingOption(id, " ", Money.of(495, "USD"), Optional.empty(), true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
