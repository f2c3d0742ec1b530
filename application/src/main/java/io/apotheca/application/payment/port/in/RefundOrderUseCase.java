package io.apotheca.application.payment.port.in;

import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.domain.payment.Refund;
import io.apotheca.domain.shared.Money;
import java.util.Optional;
import java.util.UUID;

/**
 * An administrator gives money back for an order, in part or in full, never above what was
 * received. Once the provider's answers reach what was received, the order is refunded: stock
 * still held for it goes back on sale, and what was dispensed never does.
 */
public interface RefundOrderUseCase {

    Outcome<RefundIssued> refund(Caller caller, Command command);

    /**
     * @param orderId the order
     * @param amount how much; empty for all that remains
     * @param reason why, for the record
     */
    record Command(UUID orderId, Optional<Money> amount, String reason) {}

    /**
     * @param refund the refund, as the provider answered it
     * @param order the order as it stands after it
     */
    record RefundIssued(Refund refund, Placed order) {}
}
