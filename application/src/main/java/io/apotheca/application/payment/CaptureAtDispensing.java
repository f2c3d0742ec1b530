package io.apotheca.application.payment;

import io.apotheca.application.order.port.out.CardCharges;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.payment.port.out.PaymentGateway.CaptureRequest;
import io.apotheca.application.payment.port.out.PaymentGatewayException;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.PaymentReason;
import io.apotheca.application.shared.PrescriptionReason;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.payment.Payment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Charges a card authorised at checkout as its order is dispensed, in two steps like paying: the
 * capture is written down with its amount and the lines withdrawn (one transaction, the order
 * locked), then the provider is asked under a key derived from the order. A retry after a lost
 * answer asks again under the same key, so the card is charged once; the provider's verified
 * {@code payment_intent.succeeded} makes the order paid. A capture the provider refuses leaves the
 * authorisation as it was and the order undispensed.
 */
final class CaptureAtDispensing implements CardCharges {

    private static final Logger LOG = LoggerFactory.getLogger(CaptureAtDispensing.class);

    private final PaymentPorts ports;

    CaptureAtDispensing(PaymentPorts ports) {
        this.ports = ports;
    }

    @Override
    public Outcome<Placed> charge(Caller caller, OrderId orderId, Set<ProductId> withdrawn) {
        if (ports.card().isEmpty()) {
            return Outcome.refused(Refusal.of(
                    PaymentReason.PAYMENT_METHOD_UNAVAILABLE, "Card payments are not available at this pharmacy."));
        }
        Outcome<Payment.CaptureRequested> asked =
                ports.kernel().transactions().inTransaction(() -> ask(caller, orderId, withdrawn));
        return asked.then(this::takeAtProvider);
    }

    /** The capture to ask for, written down: the one asked already, or a new one for the kept lines. */
    private Outcome<Payment.CaptureRequested> ask(Caller caller, OrderId orderId, Set<ProductId> withdrawn) {
        Optional<Placed> placed = ports.orders().lock(orderId);
        if (placed.isEmpty()) {
            return Outcome.refused(Refusal.notFound());
        }
        Order order = placed.get().order();
        List<Payment> attempts = ports.payments().ofOrder(orderId);
        Payment latest = attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
        if (!(order instanceof Order.Open open)
                || !(latest instanceof Payment.CardAuthorised || latest instanceof Payment.CaptureRequested)) {
            return Outcome.refused(Refusal.of(
                    CommonReason.INVALID_TRANSITION,
                    "An order that is " + order.status() + " has no authorised card to charge."));
        }
        if (open.holdExpiredAt(ports.kernel().now()) && latest instanceof Payment.CardAuthorised) {
            return Outcome.refused(Refusal.of(
                    CommonReason.INVALID_TRANSITION,
                    "The order's hold has run out; it is being cancelled and its card released."));
        }
        if (latest instanceof Payment.CaptureRequested requested) {
            if (!requested.capture().withdrawn().equals(withdrawn)) {
                return Outcome.refused(Refusal.of(
                        CommonReason.INVALID_TRANSITION,
                        "This order's card is being charged for other lines; dispense it as asked first."));
            }
            return Outcome.done(requested);
        }
        Optional<Refusal> invalid = checkWithdrawal(open, withdrawn);
        if (invalid.isPresent()) {
            return Outcome.refused(invalid.get());
        }
        Set<ProductId> covered = ports.prescriptions().covered(orderId);
        Optional<OrderLine> unapproved = open.details().lines().stream()
                .filter(l -> l.requiresPrescription()
                        && !withdrawn.contains(l.productId())
                        && !covered.contains(l.productId()))
                .findFirst();
        if (unapproved.isPresent()) {
            return Outcome.refused(Refusal.of(
                    PrescriptionReason.PRESCRIPTION_REQUIRED,
                    unapproved.get().name() + " has no approved prescription: approve it, or withdraw its line."));
        }
        Payment.Capture capture =
                new Payment.Capture(open.details().withdrawing(withdrawn).total(), withdrawn);
        Payment.CaptureRequested requested = ((Payment.CardAuthorised) latest).captureRequested(capture);
        ports.payments().update(requested);
        ports.audit()
                .record(
                        caller,
                        "payment.capture_requested",
                        "order",
                        orderId.toString(),
                        Map.of(
                                "amount", Long.toString(capture.amount().minor()),
                                "authorised", Long.toString(requested.amount().minor()),
                                "withdrawn",
                                        withdrawn.stream()
                                                .map(ProductId::toString)
                                                .sorted()
                                                .collect(Collectors.joining(","))));
        return Outcome.done(requested);
    }

    private static Optional<Refusal> checkWithdrawal(Order.Open order, Set<ProductId> withdrawn) {
        Set<ProductId> ordered =
                order.details().lines().stream().map(OrderLine::productId).collect(Collectors.toSet());
        Validation validation = new Validation();
        if (!ordered.containsAll(withdrawn)) {
            validation.problem("withdraw", "names a product that is not in the order");
        } else if (withdrawn.containsAll(ordered)) {
            validation.problem("withdraw", "would leave nothing to dispense: cancel the order instead");
        }
        return validation.refusal();
    }

    /**
     * The settlement round asks again for a capture whose answer never came (the pharmacist's call
     * timed out), under its key: taken once, and the provider's event makes the order paid.
     *
     * @return whether the provider answered
     */
    boolean askAgain(Payment.CaptureRequested requested) {
        if (ports.card().isEmpty()) {
            return false;
        }
        Outcome<Placed> answered = takeAtProvider(requested);
        return !(answered instanceof Outcome.Refused<Placed> refused)
                || refused.refusal().reason() == PaymentReason.CAPTURE_REFUSED;
    }

    /** Asks the provider to take the capture, under its key; the provider's event settles the rest. */
    private Outcome<Placed> takeAtProvider(Payment.CaptureRequested requested) {
        try {
            ports.card()
                    .orElseThrow()
                    .capture(new CaptureRequest(
                            requested.captureKey(),
                            requested.providerPaymentId().orElseThrow(),
                            requested.capture().amount()));
        } catch (PaymentGatewayException e) {
            LOG.warn(
                    "capture of payment {} of order {}: the provider did not take it ({})",
                    requested.id(),
                    requested.orderId(),
                    e.getMessage());
            if (e.kind() != PaymentGatewayException.Kind.REJECTED) {
                return Outcome.refused(PaymentService.providerRefusal(e));
            }
            ports.kernel().transactions().inTransaction(() -> {
                ports.orders().lock(requested.orderId());
                if (ports.payments().byId(requested.id()).orElseThrow() instanceof Payment.CaptureRequested still) {
                    ports.payments().update(still.refused("capture_refused"));
                }
                return null;
            });
            return Outcome.refused(Refusal.of(
                    PaymentReason.CAPTURE_REFUSED,
                    "The card could not be charged; nothing was taken and the order is not dispensed."));
        }
        return Outcome.done(ports.orders().byId(requested.orderId()).orElseThrow());
    }
}
