package io.apotheca.domain.pricing;

import io.apotheca.domain.shared.Money;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * What an order pays for shipping, as it was when the order was placed: a later change to the
 * option never alters it.
 *
 * @param option the option chosen, empty when the pharmacy offered none
 * @param name the option's name at checkout, empty when none was chosen
 * @param amount what was charged
 * @param freeOverThreshold whether the option's price was waived because the subtotal reached its threshold
 */
public record ShippingCharge(Optional<ShippingOptionId> option, String name, Money amount, boolean freeOverThreshold) {

    public ShippingCharge {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(amount, "amount");
    }

    /** No shipping option, no charge. */
    public static ShippingCharge none(Currency currency) {
        return new ShippingCharge(Optional.empty(), "", Money.zero(currency), false);
    }
}
