package io.apotheca.application.payment;

import io.apotheca.application.recall.port.out.RecallRefunds;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Principal;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.payment.Payment;
import io.apotheca.domain.payment.Refund;
import io.apotheca.domain.payment.RefundId;
import io.apotheca.domain.payment.RefundPolicy;
import io.apotheca.domain.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refunds for orders a recall cancelled: everything received, written down in the recall's
 * transaction and sent like any refund once it commits. The order stays cancelled; the refund's
 * answers are recorded as for an administrator's refund.
 */
public final class RefundsForRecalls implements RecallRefunds {

    private static final Logger LOG = LoggerFactory.getLogger(RefundsForRecalls.class);

    private final PaymentPorts ports;
    private final RefundLifecycle lifecycle;

    public RefundsForRecalls(PaymentPorts ports) {
        this.ports = ports;
        this.lifecycle = new RefundLifecycle(ports);
    }

    @Override
    public List<Refund> refundInFull(OrderId order, String reason, Caller caller) {
        List<Refund> before = ports.payments().refundsOf(order);
        Instant now = ports.kernel().now();
        List<Refund> written = new ArrayList<>();
        for (Payment payment : ports.payments().ofOrder(order)) {
            Money remaining = RefundPolicy.remaining(payment, before);
            if (!payment.moneyReceived() || remaining.isZero()) {
                continue;
            }
            Refund refund = Refund.request(
                    new RefundId(ports.kernel().ids().next()),
                    payment,
                    remaining,
                    reason,
                    caller.principal().map(Principal::userId),
                    now);
            ports.payments().addRefund(refund);
            ports.audit()
                    .record(
                            caller,
                            "order.refund_requested",
                            "order",
                            order.toString(),
                            Map.of(
                                    "refundId", refund.id().toString(),
                                    "amount", Long.toString(remaining.minor()),
                                    "currency", remaining.currency().getCurrencyCode(),
                                    "reason", reason));
            written.add(refund);
        }
        return written;
    }

    @Override
    public void send(List<Refund> refunds) {
        for (Refund refund : refunds) {
            try {
                lifecycle.send(refund, Caller.system("recall-refund:" + refund.id()));
            } catch (RuntimeException e) {
                // the recall is committed whatever happens here: an unanswered refund is sent again later
                LOG.warn(
                        "refund {} of recalled order {}: not answered ({}); sent again by the settlement job",
                        refund.id(),
                        refund.orderId(),
                        e.toString());
            }
        }
    }
}
