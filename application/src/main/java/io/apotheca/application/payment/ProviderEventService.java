package io.apotheca.application.payment;

import io.apotheca.application.order.OrderEvents;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.payment.port.in.ReceiveProviderEventUseCase;
import io.apotheca.application.payment.port.out.ProviderEvent;
import io.apotheca.application.payment.port.out.ProviderEvents.Pending;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Refusal.Reason;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.payment.Payment;
import io.apotheca.domain.payment.PaymentId;
import io.apotheca.domain.payment.ReceivedPaymentPolicy;
import io.apotheca.domain.payment.Refund;
import io.apotheca.domain.payment.RefundId;
import io.apotheca.domain.payment.RefundStatus;
import io.apotheca.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider's events: verified, recorded in the inbox once, then dealt with. A charge becomes
 * the order's payment only here; money that arrives for an order no longer waiting for it is given
 * back at once; a declined card leaves the order payable; refund events reconcile the refunds.
 * Nothing here moves an order backwards.
 */
final class ProviderEventService implements ReceiveProviderEventUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderEventService.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);

    private final PaymentPorts ports;
    private final Refunding refunding;

    ProviderEventService(PaymentPorts ports) {
        this.ports = ports;
        this.refunding = new Refunding(ports);
    }

    @Override
    public Outcome<Receipt> receive(String payload, String signatureHeader) {
        Optional<ProviderEvent> event = ports.verifier()
                .flatMap(verifier -> verifier.verify(payload, signatureHeader == null ? "" : signatureHeader));
        if (event.isEmpty()) {
            return Outcome.refused(Refusal.of(
                    Reason.INVALID_SIGNATURE, "The Stripe-Signature header does not verify this body, or is stale."));
        }
        String id = event.get().id();
        boolean fresh = ports.inventory()
                .transactions()
                .inTransaction(() -> ports.events().record(event.get(), now()));
        return Outcome.done(new Receipt(id, !fresh, process(id)));
    }

    /** Deals with a recorded event unless it was dealt with already; false when it failed and waits for a retry. */
    boolean process(String eventId) {
        Optional<Pending> pending = ports.events().pending(eventId);
        if (pending.isEmpty()) {
            return true;
        }
        ProviderEvent event = pending.get().event();
        try {
            handle(event, Caller.system("provider-event:" + eventId));
            ports.inventory().transactions().inTransaction(() -> ports.events().markProcessed(eventId, now()));
            return true;
        } catch (RuntimeException failure) {
            Instant retryAt = now().plus(backOff(pending.get().attempts()));
            LOG.warn(
                    "provider event {} ({}) failed, try {}; retrying at {}",
                    eventId,
                    event.type(),
                    pending.get().attempts() + 1,
                    retryAt,
                    failure);
            ports.inventory().transactions().inTransaction(() -> {
                ports.events().markFailed(eventId, failure.getClass().getSimpleName(), now(), retryAt);
                return null;
            });
            return false;
        }
    }

    private static Duration backOff(int failedBefore) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(failedBefore, 20));
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    private void handle(ProviderEvent event, Caller system) {
        switch (event.type()) {
            case "payment_intent.succeeded" -> succeeded(event, system);
            case "payment_intent.payment_failed" -> failed(event);
            case "payment_intent.canceled" -> canceled(event);
            case "refund.created", "refund.updated", "refund.failed" -> refundChanged(event, system);
            default -> LOG.debug("provider event {} of type {} needs nothing done", event.id(), event.type());
        }
    }

    /**
     * Money was received. In one transaction, with the order locked: the order is paid, or the money
     * is written down to be given back. Then any refund written down is sent to the provider.
     */
    void succeeded(ProviderEvent event, Caller system) {
        Optional<Payment> found = paymentOf(event);
        if (found.isEmpty()) {
            return;
        }
        ports.inventory().transactions().inTransaction(() -> {
            Placed placed = ports.orders().lock(found.get().orderId()).orElseThrow();
            Payment payment = ports.payments().byId(found.get().id()).orElseThrow();
            Money received = event.amount().orElse(payment.amount());
            ReceivedPaymentPolicy.Decision decision = ReceivedPaymentPolicy.decide(placed.order(), payment, received);
            if (decision instanceof ReceivedPaymentPolicy.MarkPaid) {
                markPaid((Order.AwaitingPayment) placed.order(), payment);
            } else if (decision instanceof ReceivedPaymentPolicy.GiveBack giveBack) {
                giveBack(placed.order(), payment, received, giveBack.reason(), system);
            }
            return null;
        });
        sendUnanswered(found.get());
    }

    private void markPaid(Order.AwaitingPayment order, Payment payment) {
        Payment succeeded = payment.succeeded();
        ports.payments().update(succeeded);
        Order.Paid paid = order.paid(succeeded.providerPaymentId().orElseThrow(), now());
        ports.orders().update(paid);
        OrderEvents.record(
                ports.outbox(),
                ports.inventory(),
                "order.paid",
                paid,
                Map.of(
                        "paymentId", payment.id().toString(),
                        "amount", Long.toString(payment.amount().minor()),
                        "currency", payment.amount().currency().getCurrencyCode()));
    }

    private void giveBack(
            Order order, Payment payment, Money received, ReceivedPaymentPolicy.GiveBackReason reason, Caller system) {
        Payment succeeded = payment.succeeded();
        ports.payments().update(succeeded);
        Refund refund = Refund.request(
                new RefundId(ports.inventory().ids().next()),
                succeeded,
                received,
                "given back automatically: " + reason.code(),
                Optional.empty(),
                now());
        ports.payments().addRefund(refund);
        Map<String, String> details = Map.of(
                "reason", reason.code(),
                "orderStatus", order.status().name(),
                "paymentId", payment.id().toString(),
                "amount", Long.toString(received.minor()),
                "currency", received.currency().getCurrencyCode());
        ports.inventory()
                .audit()
                .record(system, "payment.given_back", "order", order.id().toString(), details);
        OrderEvents.record(ports.outbox(), ports.inventory(), "payment.given_back", order, details);
    }

    /** Sends the payment's refunds whose answer is not known yet; throws if the provider gives none. */
    private void sendUnanswered(Payment payment) {
        ports.payments().refundsOf(payment.orderId()).stream()
                .filter(r -> r.paymentId().equals(payment.id()) && r.status() == RefundStatus.REQUESTED)
                .forEach(r -> refunding.send(r, Caller.system("provider-refund:" + r.id())));
    }

    /** A declined card: written down; the order stays payable until its hold runs out. */
    private void failed(ProviderEvent event) {
        paymentOf(event)
                .ifPresent(found -> ports.inventory().transactions().inTransaction(() -> {
                    Placed placed = ports.orders().lock(found.orderId()).orElseThrow();
                    Payment payment = ports.payments().byId(found.id()).orElseThrow();
                    Payment failed = payment.failed(event.failure().orElse("payment_failed"));
                    if (!failed.equals(payment)) {
                        ports.payments().update(failed);
                        OrderEvents.record(
                                ports.outbox(),
                                ports.inventory(),
                                "payment.failed",
                                placed.order(),
                                Map.of(
                                        "paymentId", payment.id().toString(),
                                        "failure", failed.lastFailure().orElseThrow()));
                    }
                    return null;
                }));
    }

    private void canceled(ProviderEvent event) {
        paymentOf(event)
                .ifPresent(found -> ports.inventory().transactions().inTransaction(() -> {
                    ports.orders().lock(found.orderId()).orElseThrow();
                    Payment payment = ports.payments().byId(found.id()).orElseThrow();
                    ports.payments().update(payment.canceled());
                    return null;
                }));
    }

    /**
     * A refund moved at the provider: its answer is recorded. A refund Apotheca asked for but whose
     * answer it never recorded is matched by payment and amount; one made elsewhere (in the
     * provider's dashboard) is added, so that what Apotheca shows adds up to what the provider did.
     */
    private void refundChanged(ProviderEvent event, Caller system) {
        if (event.providerRefundId().isEmpty()) {
            return;
        }
        String providerRefundId = event.providerRefundId().get();
        RefundStatus status = refundStatus(event.status().orElse("pending"));
        Optional<Refund> known = ports.payments().refundByProviderId(providerRefundId);
        if (known.isPresent()) {
            ports.inventory()
                    .transactions()
                    .inTransaction(() -> refunding.recordAnswer(known.get(), providerRefundId, status, system));
            return;
        }
        Optional<Payment> payment = paymentOf(event);
        if (payment.isEmpty() || event.amount().isEmpty()) {
            return;
        }
        ports.inventory().transactions().inTransaction(() -> {
            ports.orders().lock(payment.get().orderId()).orElseThrow();
            Refund refund = ports.payments().refundsOf(payment.get().orderId()).stream()
                    .filter(r -> r.paymentId().equals(payment.get().id())
                            && r.status() == RefundStatus.REQUESTED
                            && r.amount().equals(event.amount().get()))
                    .findFirst()
                    .orElseGet(() -> {
                        Refund elsewhere = Refund.request(
                                new RefundId(ports.inventory().ids().next()),
                                payment.get(),
                                event.amount().get(),
                                "refunded at the payment provider",
                                Optional.empty(),
                                now());
                        ports.payments().addRefund(elsewhere);
                        return elsewhere;
                    });
            return refunding.recordAnswer(refund, providerRefundId, status, system);
        });
    }

    static RefundStatus refundStatus(String providerStatus) {
        return switch (providerStatus) {
            case "succeeded" -> RefundStatus.SUCCEEDED;
            case "failed", "canceled" -> RefundStatus.FAILED;
            default -> RefundStatus.PENDING;
        };
    }

    /** The attempt an event is about: by the provider's id, else by the attempt id Apotheca gave it. */
    private Optional<Payment> paymentOf(ProviderEvent event) {
        Optional<Payment> byProvider = event.providerPaymentId().flatMap(ports.payments()::byProviderId);
        if (byProvider.isPresent()
                || event.paymentId().isEmpty()
                || event.providerPaymentId().isEmpty()) {
            if (byProvider.isEmpty()) {
                LOG.info("provider event {} is about no payment of ours", event.id());
            }
            return byProvider;
        }
        Optional<Payment> byAttempt;
        try {
            byAttempt = ports.payments()
                    .byId(new PaymentId(UUID.fromString(event.paymentId().get())));
        } catch (IllegalArgumentException notOurs) {
            LOG.info("provider event {} names a payment id that is not ours", event.id());
            return Optional.empty();
        }
        byAttempt.ifPresent(p -> ports.payments()
                .attachProviderId(p.id(), event.providerPaymentId().get()));
        return byAttempt.map(
                p -> p.withProviderPaymentId(event.providerPaymentId().get()));
    }

    private Instant now() {
        return ports.inventory().clock().instant();
    }
}
