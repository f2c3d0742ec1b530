package io.apotheca.http.cart;

import io.apotheca.application.cart.port.in.ManageCartUseCase;
import io.apotheca.application.cart.port.in.ManageCartUseCase.CartSummary;
import io.apotheca.application.pricing.OrderPricing;
import io.apotheca.application.shared.Refusal;
import io.apotheca.http.ApiRole;
import io.apotheca.http.Callers;
import io.apotheca.http.MoneyView;
import io.apotheca.http.Requests;
import io.apotheca.http.Resource;
import io.apotheca.http.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The customer's cart, priced from the catalog and today's tax rates, and what it would cost to check out. */
public final class CartResource implements Resource {

    record QuantityBody(Integer quantity) {}

    /** What checking out now would cost with the shipping option named. */
    record ShippingChoiceView(String id, String name, MoneyView price, MoneyView freeOver, boolean freeOverThreshold) {}

    record SummaryView(
            MoneyView subtotal,
            MoneyView tax,
            MoneyView shipping,
            MoneyView total,
            ShippingChoiceView shippingOption,
            boolean shippingOptionRequired,
            int itemCount,
            List<Map<String, String>> warnings) {

        static SummaryView of(CartSummary summary) {
            OrderPricing.Priced priced = summary.priced();
            return new SummaryView(
                    MoneyView.of(priced.totals().subtotal()),
                    MoneyView.of(priced.totals().tax()),
                    MoneyView.of(priced.totals().shipping()),
                    MoneyView.of(priced.totals().total()),
                    priced.option()
                            .map(o -> new ShippingChoiceView(
                                    o.id().toString(),
                                    o.name(),
                                    MoneyView.of(o.price()),
                                    o.freeOver().map(MoneyView::of).orElse(null),
                                    priced.shipping().freeOverThreshold()))
                            .orElse(null),
                    priced.shippingOptionRequired(),
                    summary.cart().lines().stream().mapToInt(l -> l.quantity()).sum(),
                    summary.warnings().stream().map(SummaryView::warning).toList());
        }

        /** A refusal checkout would answer, as its code, its detail and its facts. */
        private static Map<String, String> warning(Refusal refusal) {
            Map<String, String> warning = new LinkedHashMap<>();
            warning.put("code", refusal.reason().code());
            warning.put("detail", refusal.message());
            warning.putAll(refusal.facts());
            return warning;
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
        routes.get("/api/v1/cart/summary", this::summary, ApiRole.CUSTOMER);
        routes.put("/api/v1/cart/items/{productId}", this::set, ApiRole.CUSTOMER);
        routes.delete("/api/v1/cart/items/{productId}", this::remove, ApiRole.CUSTOMER);
        routes.delete(
                "/api/v1/cart",
                ctx -> Responses.respond(ctx, cart.clear(callers.of(ctx)), 200, CartView::of),
                ApiRole.CUSTOMER);
    }

    private void summary(Context ctx) {
        Optional<UUID> option = Optional.ofNullable(ctx.queryParam("shippingOptionId"))
                .filter(v -> !v.isBlank())
                .map(v -> {
                    try {
                        return UUID.fromString(v.trim());
                    } catch (IllegalArgumentException e) {
                        throw Requests.invalid("shippingOptionId", "must be the id of a shipping option");
                    }
                });
        Responses.respond(ctx, cart.summary(callers.of(ctx), option), 200, SummaryView::of);
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
