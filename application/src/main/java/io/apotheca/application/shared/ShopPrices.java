package io.apotheca.application.shared;

import io.apotheca.domain.shared.Money;
import java.util.Optional;

/**
 * What the shop may ask: amounts no dearer than {@link Money#PRICE_CEILING_MINOR}, and products
 * priced only in the currency the shop sells in, so that every cart, summary and checkout adds up
 * in one currency and within range. Checked after the fields are well-formed; a price that breaks
 * these rules is well-formed but unsellable (422).
 */
public final class ShopPrices {

    private ShopPrices() {}

    /** Refuses the first of these amounts (minor units, null when not given) above the ceiling. */
    public static Optional<Refusal> aboveCeiling(Long... amounts) {
        for (Long minor : amounts) {
            if (minor != null && minor > Money.PRICE_CEILING_MINOR) {
                return Optional.of(Refusal.of(
                        PricingReason.PRICE_TOO_HIGH,
                        "No price may be above " + Money.PRICE_CEILING_MINOR + " minor units."));
            }
        }
        return Optional.empty();
    }

    /** Refuses a currency (when one is given) that the shop does not sell in. */
    public static Optional<Refusal> notSoldIn(String currency) {
        if (currency != null && !currency.equals(Money.DEFAULT_CURRENCY.getCurrencyCode())) {
            return Optional.of(Refusal.of(
                    PricingReason.CURRENCY_NOT_SOLD,
                    "The shop sells in " + Money.DEFAULT_CURRENCY.getCurrencyCode() + " only, not in " + currency
                            + "."));
        }
        return Optional.empty();
    }
}
