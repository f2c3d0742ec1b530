package io.apotheca.domain.pricing;

import io.apotheca.domain.shared.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * A way the pharmacy ships orders, offered at checkout while active.
 *
 * @param id the option
 * @param name what customers see, such as "Standard post (2–4 days)"
 * @param price what it costs, zero for free shipping
 * @param freeOver when present, an order whose subtotal (goods before tax) reaches it ships free
 * @param active whether customers may choose it
 */
public record ShippingOption(ShippingOptionId id, String name, Money price, Optional<Money> freeOver, boolean active) {

    public static final int MAX_NAME_LENGTH = 100;

    public ShippingOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(freeOver, "freeOver");
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(
                    "a shipping option has a name of 1 to " + MAX_NAME_LENGTH + " characters");
        }
        freeOver.ifPresent(threshold -> {
            if (!threshold.currency().equals(price.currency())) {
                throw new IllegalArgumentException("the free-shipping threshold is in the option's currency");
            }
            if (threshold.isZero()) {
                throw new IllegalArgumentException("a free-shipping threshold is more than zero");
            }
        });
    }

    /** What shipping an order of this subtotal costs: nothing once the subtotal reaches the threshold. */
    public ShippingCharge chargeFor(Money subtotal) {
        boolean free =
                freeOver.map(threshold -> subtotal.compareTo(threshold) >= 0).orElse(false);
        return new ShippingCharge(Optional.of(id), name, free ? Money.zero(price.currency()) : price, free);
    }
}
