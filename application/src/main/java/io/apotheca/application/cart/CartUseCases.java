package io.apotheca.application.cart;

import io.apotheca.application.cart.port.in.ManageCartUseCase;
import io.apotheca.application.cart.port.out.CartStore;
import io.apotheca.application.catalog.port.out.Products;
import io.apotheca.application.limits.PurchaseLimits;
import io.apotheca.application.pricing.OrderPricing;
import java.time.Clock;

/** Builds the cart use cases; the composition root calls this. */
public final class CartUseCases {

    private CartUseCases() {}

    public static ManageCartUseCase cart(
            CartStore carts, Products products, OrderPricing pricing, PurchaseLimits limits, Clock clock) {
        return new CartService(carts, products, pricing, limits, clock);
    }
}
