package io.apotheca.http.cart;

import io.apotheca.application.cart.port.in.ManageCartUseCase.PricedCart;
import io.apotheca.domain.shared.Money;
import io.apotheca.http.MoneyView;
import java.math.BigDecimal;
import java.util.List;

/** The cart: its lines with their tax, the subtotal, the tax, and their sum before shipping. */
public record CartView(List<CartView.LineView> items, MoneyView subtotal, MoneyView tax, MoneyView total) {

    public record LineView(
            String productId,
            String name,
            MoneyView unitPrice,
            int quantity,
            MoneyView lineTotal,
            String taxCategory,
            BigDecimal taxRate,
            MoneyView tax,
            boolean requiresPrescription) {}

    public static CartView of(PricedCart cart) {
        Money subtotal = cart.subtotal().orElse(Money.zero(Money.DEFAULT_CURRENCY));
        Money tax = cart.tax().orElse(Money.zero(subtotal.currency()));
        return new CartView(
                cart.lines().stream()
                        .map(l -> new LineView(
                                l.product().id().toString(),
                                l.product().name(),
                                MoneyView.of(l.product().price()),
                                l.quantity(),
                                MoneyView.of(l.lineTotal()),
                                l.priced().taxCategory().name(),
                                l.priced().taxRate().percent(),
                                MoneyView.of(l.priced().tax()),
                                l.product().requiresPrescription()))
                        .toList(),
                MoneyView.of(subtotal),
                MoneyView.of(tax),
                MoneyView.of(subtotal.plus(tax)));
    }
}
