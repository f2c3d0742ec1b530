package io.apotheca.domain.order;

/** Why an order was cancelled, as the API shows it in {@code cancellationReason}. */
public enum CancellationReason {
    /** The customer cancelled before paying. */
    CUSTOMER("customer"),
    /** Staff cancelled it. */
    STAFF("staff"),
    /** Nobody paid (or no prescription was approved) before its hold ran out. */
    EXPIRED("expired"),
    /** A lot of its product was recalled, and the stock left could no longer serve it. */
    STOCK_RECALLED("stock_recalled");

    private final String code;

    CancellationReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
