package io.apotheca.application.order.port.out;

import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.shared.KeyCompletion;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.ShippingAddress;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A whole checkout recorded at once: the customer's account locked, the order and its lines, its
 * event, and a hold of each line's units, in one round trip to the database, all or nothing. It is
 * tried first for a basket that needs no judgement against the database (no prescription-only line,
 * no purchase-limit group); when anything stands in its way (the account is gone, a line cannot be
 * held at once), nothing is written, the answer is false, and the checkout takes the careful way.
 */
public interface OrderPlacement {

    /**
     * @param holds one hold id per line, in the order of the lines
     * @param response the response to store under the request's Idempotency-Key, with the rest
     * @return whether all of it was recorded; false means none of it was
     */
    boolean placeAtOnce(
            Order.Open order,
            ShippingAddress address,
            DomainEvent placed,
            List<UUID> holds,
            Optional<KeyCompletion.Along> response);

    /** Never at once: every checkout takes the careful way. */
    static OrderPlacement never() {
        return (order, address, placed, holds, response) -> false;
    }
}
