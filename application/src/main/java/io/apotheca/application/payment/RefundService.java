package io.apotheca.application.payment;

import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.payment.port.in.RefundOrderUseCase;
import io.apotheca.application.payment.port.out.PaymentGatewayException;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.PaymentReason;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.payment.Payment;
import io.apotheca.domain.payment.Refund;
import io.apotheca.domain.payment.RefundId;
import io.apotheca.domain.payment.RefundPolicy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An administrator's refund, in three steps like a payment: written down (with its key) in one
 * transaction, sent to the provider, and its answer recorded in another. A refund whose answer
 * never came stays written down and counts against what may still be refunded, until the
 * scheduler sends it again under the same key.
 */
final class RefundService implements RefundOrderUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(RefundService.class);
    private static final int LONGEST_REASON = 500;

    private final PaymentPorts ports;
    private final RefundLifecycle lifecycle;

    RefundService(PaymentPorts ports) {
        this.ports = ports;
        this.lifecycle = new RefundLifecycle(ports);
    }

    @Override
    public Outcome<RefundIssued> refund(Caller caller, Command command) {
        return Access.admin(caller).then(admin -> {
            Optional<Refusal> invalid = new Validation()
                    .text("reason", command.reason(), LONGEST_REASON)
                    .refusal();
            if (invalid.isPresent()) {
                return Outcome.refused(invalid.get());
            }
            Outcome<Refund> asked =
                    ports.kernel().transactions().inTransaction(() -> writeDown(caller, admin, command));
            return asked.then(refund -> {
                Refund answered;
                try {
                    answered = lifecycle.send(refund, caller);
                } catch (PaymentGatewayException e) {
                    LOG.warn(
                            "refund {} of order {}: no answer from the provider ({})",
                            refund.id(),
                            refund.orderId(),
                            e.getMessage());
                    return Outcome.refused(
                            e.kind() == PaymentGatewayException.Kind.REJECTED
                                    ? PaymentService.providerRefusal(e)
                                    : Refusal.of(
                                            PaymentReason.PAYMENT_PROVIDER_UNAVAILABLE,
                                            "The refund " + refund.id() + " is recorded but Stripe did not answer;"
                                                    + " it is sent again automatically under the same key."
                                                    + " Do not ask for it again."));
                }
                return Outcome.done(new RefundIssued(
                        answered, ports.orders().byId(refund.orderId()).orElseThrow()));
            });
        });
    }

    private Outcome<Refund> writeDown(Caller caller, Principal admin, Command command) {
        Optional<Placed> placed = ports.orders().lock(new OrderId(command.orderId()));
        if (placed.isEmpty()) {
            return Outcome.refused(Refusal.notFound());
        }
        OrderId orderId = placed.get().order().id();
        List<Payment> received = ports.payments().ofOrder(orderId).stream()
                .filter(Payment::moneyReceived)
                .toList();
        List<Refund> refunds = ports.payments().refundsOf(orderId);
        if (received.isEmpty()) {
            return Outcome.refused(Refusal.of(
                    PaymentReason.NOT_REFUNDABLE,
                    "No money was received for this order (it is "
                            + placed.get().order().status() + ")."));
        }
        Payment payment = received.stream()
                .filter(p -> !RefundPolicy.remaining(p, refunds).isZero())
                .findFirst()
                .orElse(received.get(0));
        RefundPolicy.Result result = RefundPolicy.check(payment, refunds, command.amount());
        if (result instanceof RefundPolicy.Refused refused) {
            return Outcome.refused(refusal(refused));
        }
        Refund refund = Refund.request(
                new RefundId(ports.kernel().ids().next()),
                payment,
                ((RefundPolicy.Allowed) result).amount(),
                command.reason().strip(),
                Optional.of(admin.userId()),
                ports.kernel().now());
        ports.payments().addRefund(refund);
        ports.audit()
                .record(
                        caller,
                        "order.refund_requested",
                        "order",
                        orderId.toString(),
                        Map.of(
                                "refundId", refund.id().toString(),
                                "amount", Long.toString(refund.amount().minor()),
                                "currency", refund.amount().currency().getCurrencyCode(),
                                "reason", refund.reason()));
        return Outcome.done(refund);
    }

    private static Refusal refusal(RefundPolicy.Refused refused) {
        String remaining = refused.remaining().minor() + " "
                + refused.remaining().currency().getCurrencyCode();
        return switch (refused.reason()) {
            case NOTHING_RECEIVED -> Refusal.of(PaymentReason.NOT_REFUNDABLE, "No money was received for this order.");
            case NOTHING_LEFT ->
                Refusal.of(PaymentReason.ALREADY_REFUNDED, "Everything received for this order was already refunded.");
            case OTHER_CURRENCY ->
                new Validation()
                        .problem(
                                "amount.currency",
                                "must be the payment's currency, "
                                        + refused.remaining().currency())
                        .refusal()
                        .orElseThrow();
            case NOTHING_ASKED ->
                new Validation()
                        .problem("amount.amount", "must be more than zero")
                        .refusal()
                        .orElseThrow();
            case ABOVE_REMAINING ->
                Refusal.of(
                        PaymentReason.REFUND_EXCEEDS_PAYMENT,
                        "A refund may not exceed what remains of the payment: " + remaining + ".");
        };
    }
}
