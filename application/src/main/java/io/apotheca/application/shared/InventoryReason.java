package io.apotheca.application.shared;

/** Refusals about stock: lots, counts and holds. */
public enum InventoryReason implements Refusal.Reason {
    /** The product named does not exist. */
    UNKNOWN_PRODUCT,
    /** The product already has a lot with this number. */
    LOT_TAKEN,
    /** The lot is past its expiry date. */
    LOT_EXPIRED,
    /** An adjustment would take a lot below zero. */
    BELOW_ZERO,
    /** An adjustment would leave less sellable stock than is held for orders. */
    BELOW_HELD,
    /** The count would exceed what one lot may hold. */
    STOCK_LIMIT_EXCEEDED,
    /** Not enough sellable stock for the units asked. */
    INSUFFICIENT_STOCK;

    @Override
    public <T> T mappedBy(Refusal.ReasonMapping<T> mapping) {
        return mapping.inventory(this);
    }
}
