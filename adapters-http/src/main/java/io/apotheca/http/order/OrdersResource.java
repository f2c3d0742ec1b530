package io.apotheca.http.order;

import io.apotheca.application.order.port.in.CancelOrderUseCase;
import io.apotheca.application.order.port.in.CheckoutUseCase;
import io.apotheca.application.order.port.in.CheckoutUseCase.AddressLines;
import io.apotheca.application.order.port.in.FulfilOrdersUseCase;
import io.apotheca.application.order.port.in.ViewOrdersUseCase;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderStatus;
import io.apotheca.http.ApiRole;
import io.apotheca.http.Callers;
import io.apotheca.http.IdempotencyKeyHeader;
import io.apotheca.http.PageView;
import io.apotheca.http.Requests;
import io.apotheca.http.Resource;
import io.apotheca.http.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Checkout (retry-safe with {@code Idempotency-Key}), order history and cancellation. */
public final class OrdersResource implements Resource {

    record FulfilBody(List<UUID> withdraw) {}

    record CheckoutBody(AddressBody shippingAddress, UUID shippingOptionId) {}

    /** An address as the customer typed it; the checkout names every line to correct. */
    record AddressBody(
            String recipientName,
            String line1,
            String line2,
            String city,
            String region,
            String postalCode,
            String country) {

        AddressLines lines() {
            return new AddressLines(recipientName, line1, line2, city, region, postalCode, country);
        }
    }

    private final CheckoutUseCase checkout;
    private final ViewOrdersUseCase orders;
    private final CancelOrderUseCase cancel;
    private final FulfilOrdersUseCase fulfilment;
    private final IdempotencyKeyHeader idempotency;
    private final Callers callers;

    public OrdersResource(
            CheckoutUseCase checkout,
            ViewOrdersUseCase orders,
            CancelOrderUseCase cancel,
            FulfilOrdersUseCase fulfilment,
            IdempotencyKeyHeader idempotency,
            Callers callers) {
        this.checkout = checkout;
        this.orders = orders;
        this.cancel = cancel;
        this.fulfilment = fulfilment;
        this.idempotency = idempotency;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/orders", this::checkout, ApiRole.CUSTOMER);
        routes.get("/api/v1/orders", this::list, ApiRole.SIGNED_IN);
        routes.get("/api/v1/orders/{id}", this::view, ApiRole.SIGNED_IN);
        routes.post("/api/v1/orders/{id}/cancel", this::cancel, ApiRole.SIGNED_IN);
        routes.post("/api/v1/orders/{id}/fulfil", this::fulfil, ApiRole.ADMIN, ApiRole.PHARMACIST);
        routes.post(
                "/api/v1/orders/{id}/ship",
                ctx -> Responses.respond(
                        ctx, fulfilment.ship(callers.of(ctx), Requests.id(ctx, "id")), 200, OrderView::of),
                ApiRole.ADMIN);
        routes.post(
                "/api/v1/orders/{id}/deliver",
                ctx -> Responses.respond(
                        ctx, fulfilment.deliver(callers.of(ctx), Requests.id(ctx, "id")), 200, OrderView::of),
                ApiRole.ADMIN);
    }

    /**
     * Dispenses the order: 200 with the order dispensed; 202 with the order still open when its card,
     * authorised at checkout, was asked to be charged first (it is dispensed by the next call, once
     * the provider confirmed). An optional body {@code {"withdraw": [productId, …]}} leaves lines out.
     */
    private void fulfil(Context ctx) {
        Caller caller = callers.of(ctx);
        UUID id = Requests.id(ctx, "id");
        Set<UUID> withdrawn = Set.of();
        if (!ctx.body().isBlank()) {
            FulfilBody body = Requests.body(ctx, FulfilBody.class);
            if (body.withdraw() != null) {
                if (body.withdraw().contains(null)) {
                    throw Requests.invalid("withdraw", "must list product ids");
                }
                withdrawn = Set.copyOf(body.withdraw());
            }
        }
        Outcome<Placed> outcome = fulfilment.fulfil(caller, id, withdrawn);
        // dispensed: 200; the card charged first and the order not yet dispensed (open, or just paid): 202
        int status =
                outcome instanceof Outcome.Done<Placed> done && !(done.value().order() instanceof Order.Fulfilled)
                        ? 202
                        : 200;
        Responses.respond(ctx, outcome, status, OrderView::of);
    }

    private void checkout(Context ctx) {
        Caller caller = callers.of(ctx);
        CheckoutBody body = Requests.body(ctx, CheckoutBody.class);
        idempotency.respondStoringAlong(
                ctx,
                caller.principal().orElseThrow(),
                "POST /orders",
                201,
                (completion, rendering) -> checkout.checkout(
                        caller,
                        body.shippingAddress() == null
                                ? null
                                : body.shippingAddress().lines(),
                        Optional.ofNullable(body.shippingOptionId()),
                        completion.map(key -> new CheckoutUseCase.KeyedResponse(key, rendering))),
                OrderView::of);
    }

    private void list(Context ctx) {
        Optional<OrderStatus> status = Optional.ofNullable(ctx.queryParam("status"))
                .filter(s -> !s.isBlank())
                .map(s -> {
                    try {
                        return OrderStatus.valueOf(s);
                    } catch (IllegalArgumentException e) {
                        throw Requests.invalid("status", "is not an order status");
                    }
                });
        Responses.respond(
                ctx, orders.list(callers.of(ctx), status, Requests.page(ctx)), 200, p -> PageView.of(p, OrderView::of));
    }

    private void view(Context ctx) {
        Responses.respond(ctx, orders.view(callers.of(ctx), Requests.id(ctx, "id")), 200, OrderView::of);
    }

    private void cancel(Context ctx) {
        Responses.respond(ctx, cancel.cancel(callers.of(ctx), Requests.id(ctx, "id")), 200, OrderView::of);
    }
}
