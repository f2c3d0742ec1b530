package io.apotheca.http.cart;

import io.apotheca.application.cart.port.in.ManageCartUseCase;
import io.apotheca.application.cart.port.in.ManageCartUseCase.PricedCart;
import io.apotheca.domain.shared.Money;
import io.apotheca.http.ApiRole;
import io.apotheca.http.Callers;
import io.apotheca.http.MoneyView;
import io.apotheca.http.Requests;
import io.apotheca.http.Resource;
import io.apotheca.http.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.UUID;

/** The customer's cart, priced from the catalog now. */
public final class CartResource implements Resource {

    record QuantityBody(Integer quantity) {}

    record LineView(
            String productId,
            String name,
            MoneyView unitPrice,
            int quantity,
            MoneyView lineTotal,
            boolean requiresPrescription) {}

    record CartView(List<LineView> items, MoneyView subtotal) {

        static CartView of(PricedCart cart) {
            return new CartView(
                    cart.lines().stream()
                            .map(l -> new LineView(
                                    l.product().id().toString(),
                                    l.product().name(),
                                    MoneyView.of(l.product().price()),
                                    l.quantity(),
                                    MoneyView.of(l.lineTotal()),
                                    l.product().requiresPrescription()))
                            .toList(),
                    MoneyView.of(cart.subtotal().orElse(Money.of(0, "USD"))));
        }
    }

    private final ManageCartUseCase cart;
    private final Callers callers;

    public CartResource(ManageCartUseCase cart, Callers callers) {
        this.cart = cart;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/api/v1/cart",
                ctx -> Responses.respond(ctx, cart.view(callers.of(ctx)), 200, CartView::of),
                ApiRole.CUSTOMER);
        routes.put("/api/v1/cart/items/{productId}", this::set, ApiRole.CUSTOMER);
        routes.delete("/api/v1/cart/items/{productId}", this::remove, ApiRole.CUSTOMER);
        routes.delete(
                "/api/v1/cart",
                ctx -> Responses.respond(ctx, cart.clear(callers.of(ctx)), 200, CartView::of),
                ApiRole.CUSTOMER);
    }

    private void set(Context ctx) {
        UUID product = Requests.id(ctx, "productId");
        Integer quantity = Requests.body(ctx, QuantityBody.class).quantity();
        Responses.respond(ctx, cart.setQuantity(callers.of(ctx), product, quantity), 200, CartView::of);
    }

    private void remove(Context ctx) {
        Responses.respond(ctx, cart.remove(callers.of(ctx), Requests.id(ctx, "productId")), 200, CartView::of);
    }
}
