package io.apotheca.application.payment;

import io.apotheca.application.payment.port.in.SettlePaymentsUseCase;
import io.apotheca.application.payment.port.out.PaymentGateway;
import io.apotheca.application.payment.port.out.PaymentGateway.PaymentRequest;
import io.apotheca.application.payment.port.out.PaymentGateway.ProviderPayment;
import io.apotheca.application.payment.port.out.PaymentGateway.ProviderStatus;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentReference;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentSucceeded;
import io.apotheca.application.shared.Caller;
import io.apotheca.domain.payment.Payment;
import io.apotheca.domain.payment.PaymentIdempotencyPolicy;
import io.apotheca.domain.payment.Refund;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler's round over payments left open. Each item is settled on its own, so one the
 * provider cannot answer now is simply met again in the next round.
 */
final class PaymentSettlementService implements SettlePaymentsUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentSettlementService.class);
    private static final int BATCH = 50;
    /** A refund unanswered for this long was cut off mid-way: its request ended without recording the answer. */
    private static final Duration UNANSWERED_AFTER = Duration.ofMinutes(1);

    private final PaymentPorts ports;
    private final ProviderEventInbox events;
    private final PaymentSucceededHandler succeeded;
    private final RefundLifecycle lifecycle;
    private final CaptureAtDispensing capturing;

    PaymentSettlementService(PaymentPorts ports, ProviderEventInbox events, PaymentSucceededHandler succeeded) {
        this.ports = ports;
        this.events = events;
        this.succeeded = succeeded;
        this.lifecycle = new RefundLifecycle(ports);
        this.capturing = new CaptureAtDispensing(ports);
    }

    @Override
    public int settle() {
        Instant now = ports.kernel().now();
        int settled = 0;
        for (String eventId : ports.events().due(now, BATCH)) {
            settled += events.process(eventId) ? 1 : 0;
        }
        for (Payment payment : ports.payments().openButAbandoned(BATCH)) {
            settled += callOff(payment) ? 1 : 0;
        }
        for (Payment asked : ports.payments().capturesAskedBefore(now.minus(UNANSWERED_AFTER), BATCH)) {
            // a capture whose answer was lost: asked again under its key, so taken once
            settled += capturing.askAgain((Payment.CaptureRequested) asked) ? 1 : 0;
        }
        for (Refund refund : ports.payments().unanswered(now.minus(UNANSWERED_AFTER), BATCH)) {
            settled += resend(refund) ? 1 : 0;
        }
        return settled;
    }

    /**
     * Calls off a card payment that can no longer pay its order. One that was paid meanwhile is
     * treated as the provider's success event would be: the money goes back.
     */
    private boolean callOff(Payment payment) {
        PaymentGateway card = ports.card().orElse(null);
        if (card == null) {
            return false;
        }
        try {
            String providerId = payment.providerPaymentId()
                    .orElseGet(() -> card.open(new PaymentRequest(
                                    payment.idempotencyKey(),
                                    payment.orderId(),
                                    payment.id(),
                                    payment.amount(),
                                    ports.capture().onDispense()
                                            ? PaymentGateway.CaptureMethod.MANUAL
                                            : PaymentGateway.CaptureMethod.AUTOMATIC))
                            .id());
            ProviderPayment answer =
                    card.cancel(providerId, PaymentIdempotencyPolicy.cancelKey(payment.orderId(), payment.attempt()));
            if (answer.status() == ProviderStatus.SUCCEEDED) {
                succeeded.handle(asSucceededEvent(payment, answer), Caller.system("call-off:" + payment.id()));
            } else if (answer.status() == ProviderStatus.CANCELED) {
                ports.kernel().transactions().inTransaction(() -> {
                    ports.orders().lock(payment.orderId());
                    ports.payments().byId(payment.id()).ifPresent(current -> {
                        if (current instanceof Payment.Card attempt) {
                            ports.payments().update(attempt.canceled());
                        }
                    });
                    return null;
                });
            }
            return answer.status() != ProviderStatus.OPEN; // still processing at Stripe: next round
        } catch (RuntimeException e) {
            LOG.warn("could not call off payment {} of order {}; next round", payment.id(), payment.orderId(), e);
            return false;
        }
    }

    private static PaymentSucceeded asSucceededEvent(Payment payment, ProviderPayment answer) {
        return new PaymentSucceeded(
                "call-off:" + payment.id(),
                payment.createdAt(),
                new PaymentReference(
                        Optional.of(answer.id()), Optional.of(payment.id().toString())),
                Optional.of(answer.amount()));
    }

    private boolean resend(Refund refund) {
        try {
            lifecycle.send(refund, Caller.system("resend-refund:" + refund.id()));
            return true;
        } catch (RuntimeException e) {
            LOG.warn("refund {} of order {} still unanswered; next round", refund.id(), refund.orderId(), e);
            return false;
        }
    }
}
