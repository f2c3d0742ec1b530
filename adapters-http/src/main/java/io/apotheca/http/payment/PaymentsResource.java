package io.apotheca.http.payment;

import io.apotheca.application.payment.port.in.PayForOrderUseCase;
import io.apotheca.application.payment.port.in.ReceiveProviderEventUseCase;
import io.apotheca.application.payment.port.in.RefundOrderUseCase;
import io.apotheca.application.shared.Caller;
import io.apotheca.domain.shared.Money;
import io.apotheca.http.ApiRole;
import io.apotheca.http.Callers;
import io.apotheca.http.IdempotencyKeyHeader;
import io.apotheca.http.MoneyView;
import io.apotheca.http.Requests;
import io.apotheca.http.Resource;
import io.apotheca.http.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/**
 * Paying an order (retry-safe with {@code Idempotency-Key}; a card payment is the same
 * PaymentIntent on every call anyway), refunds by an administrator, and Stripe's webhook, which
 * reads the body as the exact bytes Stripe signed.
 */
public final class PaymentsResource implements Resource {

    record PaymentBody(String method) {}

    record RefundBody(MoneyView amount, String reason) {

        /** The amount asked for, checked to be money: a whole number of minor units, a known currency. */
        static Money money(MoneyView view) {
            if (view.amount() == null || view.amount() < 0) {
                throw Requests.invalid("amount.amount", "must be a whole number of minor units, 1 or more");
            }
            try {
                return new Money(view.amount(), Currency.getInstance(String.valueOf(view.currency())));
            } catch (IllegalArgumentException e) {
                throw Requests.invalid("amount.currency", "must be an ISO-4217 code such as USD");
            }
        }
    }

    /** What the webhook answers Stripe. */
    record WebhookReceipt(boolean received, String eventId, boolean duplicate, boolean processed) {}

    private final PayForOrderUseCase payments;
    private final RefundOrderUseCase refunds;
    private final ReceiveProviderEventUseCase providerEvents;
    private final IdempotencyKeyHeader idempotency;
    private final Callers callers;

    public PaymentsResource(
            PayForOrderUseCase payments,
            RefundOrderUseCase refunds,
            ReceiveProviderEventUseCase providerEvents,
            IdempotencyKeyHeader idempotency,
            Callers callers) {
        this.payments = payments;
        this.refunds = refunds;
        this.providerEvents = providerEvents;
        this.idempotency = idempotency;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/orders/{id}/payment", this::pay, ApiRole.CUSTOMER);
        routes.post("/api/v1/orders/{id}/refunds", this::refund, ApiRole.ADMIN);
        routes.post("/webhooks/stripe", this::webhook);
    }

    private void pay(Context ctx) {
        Caller caller = callers.of(ctx);
        UUID orderId = Requests.id(ctx, "id");
        PaymentBody body = Requests.body(ctx, PaymentBody.class);
        idempotency.respond(
                ctx,
                caller.principal().orElseThrow(),
                "POST /orders/{id}/payment",
                200,
                () -> payments.pay(caller, new PayForOrderUseCase.Command(orderId, body.method())),
                PaymentView::of);
    }

    private void refund(Context ctx) {
        Caller caller = callers.of(ctx);
        UUID orderId = Requests.id(ctx, "id");
        RefundBody body = Requests.body(ctx, RefundBody.class);
        Optional<Money> amount = Optional.ofNullable(body.amount()).map(RefundBody::money);
        idempotency.respond(
                ctx,
                caller.principal().orElseThrow(),
                "POST /orders/{id}/refunds",
                201,
                () -> refunds.refund(caller, new RefundOrderUseCase.Command(orderId, amount, body.reason())),
                RefundView::of);
    }

    private void webhook(Context ctx) {
        Responses.respond(
                ctx,
                providerEvents.receive(ctx.body(), ctx.header("Stripe-Signature")),
                200,
                receipt -> new WebhookReceipt(true, receipt.eventId(), receipt.duplicate(), receipt.processed()));
    }
}
