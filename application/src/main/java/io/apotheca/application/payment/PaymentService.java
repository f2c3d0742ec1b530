package io.apotheca.application.payment;

import io.apotheca.application.order.OrderEvents;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.payment.port.in.PayForOrderUseCase;
import io.apotheca.application.payment.port.out.PaymentGateway;
import io.apotheca.application.payment.port.out.PaymentGateway.PaymentRequest;
import io.apotheca.application.payment.port.out.PaymentGateway.ProviderPayment;
import io.apotheca.application.payment.port.out.PaymentGateway.ProviderStatus;
import io.apotheca.application.payment.port.out.PaymentGatewayException;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Commands;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Refusal.Reason;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.PayableOrderPolicy;
import io.apotheca.domain.payment.Payment;
import io.apotheca.domain.payment.PaymentId;
import io.apotheca.domain.payment.PaymentIdempotencyPolicy;
import io.apotheca.domain.payment.PaymentMethod;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pays an order in three steps for a card: the attempt is written down (its key with it), the
 * provider is asked for the payment under that key, and its id is written down. A crash or timeout
 * anywhere leaves an attempt that the next request continues under the same key, so the provider
 * never opens a second payment for it. Cash on delivery confirms the order in one transaction.
 */
final class PaymentService implements PayForOrderUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentService.class);

    private final PaymentPorts ports;

    PaymentService(PaymentPorts ports) {
        this.ports = ports;
    }

    @Override
    public Outcome<PaymentStarted> pay(Caller caller, Command command) {
        return Access.withRole(caller, Role.CUSTOMER).then(customer -> {
            Outcome<Payment> attempt = Commands.run(ports.inventory().transactions(), () -> begin(customer, command));
            return attempt.then(payment -> payment.method() == PaymentMethod.CARD
                    ? withProvider(payment, true)
                    : Outcome.done(new PaymentStarted(payment, Optional.empty(), reload(payment.orderId()))));
        });
    }

    /** The attempt to continue or begin, written down before the provider hears of it. */
    private Outcome<Payment> begin(Principal customer, Command command) {
        Optional<Placed> placed = ports.orders()
                .lock(new OrderId(command.orderId()))
                .filter(p -> p.order().details().customer().equals(customer.userId()));
        if (placed.isEmpty()) {
            return Outcome.refused(Refusal.notFound());
        }
        Order order = placed.get().order();
        Optional<PayableOrderPolicy.Refusal> unpayable = PayableOrderPolicy.check(order);
        if (unpayable.isPresent() && unpayable.get() == PayableOrderPolicy.Refusal.PRESCRIPTION_REQUIRED) {
            return Outcome.refused(Refusal.of(
                    Reason.PRESCRIPTION_REQUIRED,
                    "This order waits for a pharmacist to approve its prescription; it cannot be paid yet."));
        }
        Optional<PaymentMethod> method = Optional.ofNullable(command.method()).flatMap(PaymentMethod::ofCode);
        if (method.isEmpty()) {
            return Outcome.refused(new Validation()
                    .problem("method", "must be card or cash_on_delivery")
                    .refusal()
                    .orElseThrow());
        }
        Instant now = ports.inventory().clock().instant();
        if (unpayable.isPresent() || ((Order.Open) order).holdExpiredAt(now)) {
            return Outcome.refused(Refusal.of(
                    Reason.ORDER_NOT_PAYABLE,
                    unpayable.isPresent()
                            ? "An order that is " + order.status() + " is not paid again."
                            : "The order's hold has run out; it is being cancelled."));
        }
        if (method.get() == PaymentMethod.CARD && ports.card().isEmpty()) {
            return Outcome.refused(Refusal.of(
                    Reason.PAYMENT_METHOD_UNAVAILABLE,
                    "Card payments are not available at this pharmacy; choose cash_on_delivery."));
        }
        List<Payment> attempts = ports.payments().ofOrder(order.id());
        Optional<Payment> latest =
                attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
        PaymentIdempotencyPolicy.Decision decision = PaymentIdempotencyPolicy.decide(latest, method.get());
        if (decision instanceof PaymentIdempotencyPolicy.Continue continued) {
            return Outcome.done(continued.payment());
        }
        Payment payment = Payment.start(
                new PaymentId(ports.inventory().ids().next()),
                order.id(),
                ((PaymentIdempotencyPolicy.Begin) decision).number(),
                method.get(),
                order.details().total(),
                now);
        if (method.get() == PaymentMethod.CASH_ON_DELIVERY) {
            return Outcome.done(confirmCash((Order.AwaitingPayment) order, payment, now));
        }
        ports.payments().add(payment);
        return Outcome.done(payment);
    }

    private Payment confirmCash(Order.AwaitingPayment order, Payment payment, Instant now) {
        ProviderPayment receipt = ports.cash()
                .open(new PaymentRequest(payment.idempotencyKey(), order.id(), payment.id(), payment.amount()));
        Payment recorded = payment.withProviderPaymentId(receipt.id());
        ports.payments().add(recorded);
        Order.Confirmed confirmed = order.confirmCashOnDelivery(now);
        ports.orders().update(confirmed);
        OrderEvents.record(
                ports.outbox(),
                ports.inventory(),
                "order.confirmed",
                confirmed,
                Map.of(
                        "method",
                        PaymentMethod.CASH_ON_DELIVERY.code(),
                        "paymentId",
                        payment.id().toString()));
        return recorded;
    }

    /**
     * Asks the provider for the attempt's payment: found by its id when known, else opened (or found
     * again) under the attempt's key. One the provider has called off is replaced by a new attempt,
     * once.
     */
    private Outcome<PaymentStarted> withProvider(Payment payment, boolean mayReplace) {
        PaymentGateway card = ports.card().orElseThrow();
        ProviderPayment intent;
        try {
            intent = payment.providerPaymentId().isPresent()
                    ? card.retrieve(payment.providerPaymentId().get())
                    : card.open(new PaymentRequest(
                            payment.idempotencyKey(), payment.orderId(), payment.id(), payment.amount()));
        } catch (PaymentGatewayException e) {
            LOG.warn(
                    "payment {} of order {}: the provider gave no answer ({})",
                    payment.id(),
                    payment.orderId(),
                    e.getMessage());
            return Outcome.refused(providerRefusal(e));
        }
        ports.payments().attachProviderId(payment.id(), intent.id());
        Payment known = payment.withProviderPaymentId(intent.id());
        if (intent.status() == ProviderStatus.CANCELED && mayReplace) {
            Outcome<Payment> next = Commands.run(ports.inventory().transactions(), () -> replace(known));
            return next.then(replacement -> withProvider(replacement, false));
        }
        return Outcome.done(new PaymentStarted(known, intent.clientSecret(), reload(payment.orderId())));
    }

    /** The provider called the attempt off (it expired there): a fresh attempt, if the order may still be paid. */
    private Outcome<Payment> replace(Payment canceled) {
        Placed placed = ports.orders().lock(canceled.orderId()).orElseThrow();
        ports.payments().update(canceled.canceled());
        if (!(placed.order() instanceof Order.AwaitingPayment)) {
            return Outcome.refused(Refusal.of(
                    Reason.ORDER_NOT_PAYABLE,
                    "An order that is " + placed.order().status() + " is not paid again."));
        }
        List<Payment> attempts = ports.payments().ofOrder(canceled.orderId());
        Payment latest = attempts.get(attempts.size() - 1);
        if (latest.attempt() > canceled.attempt() && latest.open()) {
            return Outcome.done(latest); // a simultaneous request replaced it already
        }
        Payment next = Payment.start(
                new PaymentId(ports.inventory().ids().next()),
                canceled.orderId(),
                latest.attempt() + 1,
                PaymentMethod.CARD,
                placed.order().details().total(),
                ports.inventory().clock().instant());
        ports.payments().add(next);
        return Outcome.done(next);
    }

    private Placed reload(OrderId orderId) {
        return ports.orders().byId(orderId).orElseThrow();
    }

    static Refusal providerRefusal(PaymentGatewayException e) {
        return switch (e.kind()) {
            case UNAVAILABLE ->
                Refusal.of(
                        Reason.PAYMENT_PROVIDER_UNAVAILABLE,
                        "The payment provider did not answer in time; retrying is safe and will not charge twice.");
            case IN_PROGRESS ->
                Refusal.of(
                        Reason.PAYMENT_IN_PROGRESS, "This payment is being set up by another request; retry shortly.");
            case REJECTED ->
                Refusal.of(
                        Reason.PAYMENT_PROVIDER_ERROR,
                        "The payment provider refused the request; nothing was charged.");
        };
    }
}
