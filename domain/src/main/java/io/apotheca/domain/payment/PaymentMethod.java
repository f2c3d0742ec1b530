package io.apotheca.domain.payment;

import java.util.Arrays;
import java.util.Optional;

/** How the patient pays, with the name the API uses for it. */
public enum PaymentMethod {
    /** By card, through the payment provider; the order is paid once the provider confirms it. */
    CARD("card", "stripe"),
    /** In cash, collected by the courier when the order is delivered. */
    CASH_ON_DELIVERY("cash_on_delivery", "cash_on_delivery");

    private final String code;
    private final String provider;

    PaymentMethod(String code, String provider) {
        this.code = code;
        this.provider = provider;
    }

    /** The method's name in the API, such as {@code card}. */
    public String code() {
        return code;
    }

    /** Who handles the money: {@code stripe} for cards, {@code cash_on_delivery} for cash. */
    public String provider() {
        return provider;
    }

    public static Optional<PaymentMethod> ofCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
