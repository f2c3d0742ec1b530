package io.apotheca.http;

import io.apotheca.domain.shared.Money;

/** Money as the API writes and reads it: {@code {"amount": 1299, "currency": "USD"}}, amount in minor units. */
public record MoneyView(Long amount, String currency) {

    public static MoneyView of(Money money) {
        return new MoneyView(money.minor(), money.currency().getCurrencyCode());
    }
}
