package io.apotheca.application.payment;

import io.apotheca.application.events.EventEnvelopes;
import io.apotheca.application.events.PharmacyEvent.OrderConfirmed;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.payment.port.in.PayForOrderUseCase;
import io.apotheca.application.payment.port.out.PaymentGateway;
import io.apotheca.application.payment.port.out.PaymentGateway.CaptureMethod;
import io.apotheca.application.payment.port.out.PaymentGateway.PaymentRequest;
import io.apotheca.application.payment.port.out.PaymentGateway.ProviderPayment;
import io.apotheca.application.payment.port.out.PaymentGateway.ProviderStatus;
import io.apotheca.application.payment.port.out.PaymentGatewayException;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.PaymentReason;
import io.apotheca.application.shared.PrescriptionReason;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
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
            Outcome<Payment> attempt = ports.kernel().transactions().inTransaction(() -> begin(customer, command));
            return attempt.then(payment -> payment instanceof Payment.Card card
                    ? withProvider(card, true)
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
        Optional<PaymentMethod> method = Optional.ofNullable(command.method()).flatMap(PaymentMethod::ofCode);
        Optional<PayableOrderPolicy.Refusal> unpayable = PayableOrderPolicy.check(order);
        if (unpayable.isPresent() && unpayable.get() == PayableOrderPolicy.Refusal.PRESCRIPTION_REQUIRED) {
            if (!(ports.capture().onDispense() && method.equals(Optional.of(PaymentMethod.CARD)))) {
                return Outcome.refused(Refusal.of(
                        PrescriptionReason.PRESCRIPTION_REQUIRED,
                        "This order waits for a pharmacist to approve its prescription; it cannot be paid yet."));
            }
            // charged at dispensing: the card is only authorised while the prescription waits
            unpayable = Optional.empty();
        }
        if (method.isEmpty()) {
            return Outcome.refused(new Validation()
                    .problem("method", "must be card or cash_on_delivery")
                    .refusal()
                    .orElseThrow());
        }
        Instant now = ports.kernel().now();
        if (unpayable.isPresent() || ((Order.Open) order).holdExpiredAt(now)) {
            return Outcome.refused(Refusal.of(
                    PaymentReason.ORDER_NOT_PAYABLE,
                    unpayable.isPresent()
                            ? "An order that is " + order.status() + " is not paid again."
                            : "The order's hold has run out; it is being cancelled."));
        }
        if (method.get() == PaymentMethod.CARD && ports.card().isEmpty()) {
            return Outcome.refused(Refusal.of(
                    PaymentReason.PAYMENT_METHOD_UNAVAILABLE,
                    "Card payments are not available at this pharmacy; choose cash_on_delivery."));
        }
        List<Payment> attempts = ports.payments().ofOrder(order.id());
        Optional<Payment> latest =
                attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
        if (latest.isPresent()
                && latest.get() instanceof Payment.CaptureRequested
                && method.get() != PaymentMethod.CARD) {
            return Outcome.refused(Refusal.of(
                    PaymentReason.ORDER_NOT_PAYABLE,
                    "The order's card is being charged as it is dispensed; it is not paid another way."));
        }
        PaymentIdempotencyPolicy.Decision decision = PaymentIdempotencyPolicy.decide(latest, method.get());
        if (decision instanceof PaymentIdempotencyPolicy.Continue continued) {
            return Outcome.done(continued.payment());
        }
        Payment payment = Payment.start(
                new PaymentId(ports.kernel().ids().next()),
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
        EventEnvelopes.record(ports.outbox(), ports.kernel(), new OrderConfirmed(confirmed, recorded));
        return recorded;
    }

    /**
     * Asks the provider for the attempt's payment: found by its id when known, else opened (or found
     * again) under the attempt's key. One the provider has called off is replaced by a new attempt,
     * once.
     */
    private Outcome<PaymentStarted> withProvider(Payment.Card payment, boolean mayReplace) {
        PaymentGateway card = ports.card().orElseThrow();
        ProviderPayment intent;
        try {
            intent = payment.providerPaymentId().isPresent()
                    ? card.retrieve(payment.providerPaymentId().get())
                    : card.open(new PaymentRequest(
                            payment.idempotencyKey(),
                            payment.orderId(),
                            payment.id(),
                            payment.amount(),
                            ports.capture().onDispense() ? CaptureMethod.MANUAL : CaptureMethod.AUTOMATIC));
        } catch (PaymentGatewayException e) {
            LOG.warn(
                    "payment {} of order {}: the provider gave no answer ({})",
                    payment.id(),
                    payment.orderId(),
                    e.getMessage());
            return Outcome.refused(providerRefusal(e));
        }
        ports.payments().attachProviderId(payment.id(), intent.id());
        Payment.Card known = payment.withProviderPaymentId(intent.id());
        if (intent.status() == ProviderStatus.CANCELED && mayReplace) {
            Outcome<Payment.Card> next = ports.kernel().transactions().inTransaction(() -> replace(known));
            return next.then(replacement -> withProvider(replacement, false));
        }
        return Outcome.done(new PaymentStarted(known, intent.clientSecret(), reload(payment.orderId())));
    }

    /** The provider called the attempt off (it expired there): a fresh attempt, if the order may still be paid. */
    private Outcome<Payment.Card> replace(Payment.Card canceled) {
        Placed placed = ports.orders().lock(canceled.orderId()).orElseThrow();
        ports.payments().update(canceled.canceled());
        boolean payable = ports.capture().onDispense()
                ? placed.order() instanceof Order.Open
                : placed.order() instanceof Order.AwaitingPayment;
        if (!payable) {
            return Outcome.refused(Refusal.of(
                    PaymentReason.ORDER_NOT_PAYABLE,
                    "An order that is " + placed.order().status() + " is not paid again."));
        }
        List<Payment> attempts = ports.payments().ofOrder(canceled.orderId());
        Payment latest = attempts.get(attempts.size() - 1);
        if (latest.attempt() > canceled.attempt() && latest instanceof Payment.AwaitingCard awaited) {
            return Outcome.done(awaited); // a simultaneous request replaced it already
        }
        Payment.AwaitingCard next = Payment.card(
                new PaymentId(ports.kernel().ids().next()),
                canceled.orderId(),
                latest.attempt() + 1,
                placed.order().details().total(),
                ports.kernel().now());
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
                        PaymentReason.PAYMENT_PROVIDER_UNAVAILABLE,
                        "The payment provider did not answer in time; retrying is safe and will not charge twice.");
            case IN_PROGRESS ->
                Refusal.of(
                        PaymentReason.PAYMENT_IN_PROGRESS,
                        "This payment is being set up by another request; retry shortly.");
            case REJECTED ->
                Refusal.of(
                        PaymentReason.PAYMENT_PROVIDER_ERROR,
                        "The payment provider refused the request; nothing was charged.");
        };
    }
}
