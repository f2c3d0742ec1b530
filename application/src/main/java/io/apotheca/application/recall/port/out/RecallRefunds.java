package io.apotheca.application.recall.port.out;

import io.apotheca.application.shared.Caller;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.payment.Refund;
import java.util.List;

/**
 * Money given back for orders a recall cancelled. Payments implement this port: a refund is written
 * down in the recall's transaction and sent to the provider after it commits.
 */
public interface RecallRefunds {

    /**
     * Writes down refunds of everything still refundable of the order (one per payment received), in
     * the caller's transaction, with the order locked; none when no money was received for it.
     * Audited as the caller's, who asked for the recall.
     */
    List<Refund> refundInFull(OrderId order, String reason, Caller caller);

    /**
     * Sends refunds written down, each outside any transaction; one the provider does not answer
     * stays written down and is sent again by the settlement job under the same key.
     */
    void send(List<Refund> refunds);
}
