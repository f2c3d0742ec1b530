package io.apotheca.application.shared;

/** Refusals about prices, currencies and shipping options. */
public enum PricingReason implements Refusal.Reason {
    /** The pharmacy does not sell in this currency. */
    CURRENCY_NOT_SOLD,
    /** The price is above what the pharmacy accepts. */
    PRICE_TOO_HIGH,
    /** Prices in more than one currency in one order. */
    CURRENCY_MISMATCH,
    /** The shipping option named does not exist or is not offered. */
    UNKNOWN_SHIPPING_OPTION;

    @Override
    public <T> T mappedBy(Refusal.ReasonMapping<T> mapping) {
        return mapping.pricing(this);
    }
}
