package io.apotheca.application.payment;

import io.apotheca.application.payment.port.in.ReceiveProviderEventUseCase;
import io.apotheca.application.payment.port.out.ProviderEvent;
import io.apotheca.application.payment.port.out.ProviderEvent.NothingToDo;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentCanceled;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentFailed;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentSucceeded;
import io.apotheca.application.payment.port.out.ProviderEvent.RefundChanged;
import io.apotheca.application.payment.port.out.ProviderEvents.Pending;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.PaymentReason;
import io.apotheca.application.shared.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider's events: verified, recorded in the inbox once, then handed to the handler of their
 * kind. An event is marked processed only once its handler succeeded; one that failed is tried
 * again later, each wait twice the last, up to an hour. Nothing here moves an order backwards.
 */
final class ProviderEventInbox implements ReceiveProviderEventUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderEventInbox.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);

    private final PaymentPorts ports;
    private final PaymentSucceededHandler succeeded;
    private final PaymentFailedHandler failed;
    private final PaymentCanceledHandler canceled;
    private final PaymentAuthorisedHandler authorised;
    private final RefundChangedHandler refunds;

    ProviderEventInbox(PaymentPorts ports, PaymentSucceededHandler succeeded) {
        this.ports = ports;
        this.succeeded = succeeded;
        PaymentLookup payments = new PaymentLookup(ports.payments());
        this.failed = new PaymentFailedHandler(ports, payments);
        this.canceled = new PaymentCanceledHandler(ports, payments);
        this.authorised = new PaymentAuthorisedHandler(ports, payments);
        this.refunds = new RefundChangedHandler(ports, payments, new RefundLifecycle(ports));
    }

    @Override
    public Outcome<Receipt> receive(String payload, String signatureHeader) {
        Optional<ProviderEvent> event = ports.verifier()
                .flatMap(verifier -> verifier.verify(payload, signatureHeader == null ? "" : signatureHeader));
        if (event.isEmpty()) {
            return Outcome.refused(Refusal.of(
                    PaymentReason.INVALID_SIGNATURE,
                    "The Stripe-Signature header does not verify this body, or is stale."));
        }
        String id = event.get().id();
        boolean fresh =
                ports.kernel().transactions().inTransaction(() -> ports.events().record(event.get(), now()));
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
            ports.kernel().transactions().inTransaction(() -> ports.events().markProcessed(eventId, now()));
            return true;
        } catch (RuntimeException failure) {
            Instant retryAt = now().plus(backOff(pending.get().attempts()));
            LOG.warn(
                    "provider event {} ({}) failed, try {}; retrying at {}",
                    eventId,
                    event.getClass().getSimpleName(),
                    pending.get().attempts() + 1,
                    retryAt,
                    failure);
            ports.kernel().transactions().inTransaction(() -> {
                ports.events().markFailed(eventId, failure.getClass().getSimpleName(), now(), retryAt);
                return null;
            });
            return false;
        }
    }

    static Duration backOff(int failedBefore) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(failedBefore, 20));
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    private void handle(ProviderEvent event, Caller system) {
        if (event instanceof PaymentSucceeded e) {
            succeeded.handle(e, system);
        } else if (event instanceof PaymentFailed e) {
            failed.handle(e, system);
        } else if (event instanceof PaymentCanceled e) {
            canceled.handle(e, system);
        } else if (event instanceof ProviderEvent.PaymentAuthorised e) {
            authorised.handle(e, system);
        } else if (event instanceof RefundChanged e) {
            refunds.handle(e, system);
        } else if (event instanceof NothingToDo e) {
            LOG.debug("provider event {} needs nothing done: {}", e.id(), e.why());
        }
    }

    private Instant now() {
        return ports.kernel().now();
    }
}
