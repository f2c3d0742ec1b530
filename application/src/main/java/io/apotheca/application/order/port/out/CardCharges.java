package io.apotheca.application.order.port.out;

import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Refusal;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.payment.Payment;
import java.util.Set;

/**
 * A card authorised at checkout is charged as its order is dispensed: for the order's lines less
 * those withdrawn (not dispensed), under a key derived from the order. The order stays open until
 * the provider's verified word that the money was taken makes it paid; then it is dispensed.
 */
public interface CardCharges {

    /** No card is ever charged at dispensing. */
    CardCharges NONE = (caller, order, withdrawn) -> Outcome.refused(Refusal.notFound());

    /** Whether this order's card is to be charged at dispensing: authorised, or its charge asked already. */
    static boolean chargedAtDispensing(Placed placed) {
        return placed.order() instanceof io.apotheca.domain.order.Order.Open
                && placed.payment()
                        .map(p -> p.latest() instanceof Payment.CardAuthorised
                                || p.latest() instanceof Payment.CaptureRequested)
                        .orElse(false);
    }

    /**
     * Asks the provider to take what is dispensed; asking again takes nothing more.
     *
     * @param withdrawn the products of the lines not dispensed and not charged
     * @return the order, still open, waiting for the provider's confirmation
     */
    Outcome<Placed> charge(Caller caller, OrderId order, Set<ProductId> withdrawn);
}
