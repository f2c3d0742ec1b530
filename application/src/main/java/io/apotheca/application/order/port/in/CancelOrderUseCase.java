package io.apotheca.application.order.port.in;

import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import java.util.UUID;

/**
 * An order called off before it is paid for: by its customer while it waits, or by an
 * administrator, who may also call off a cash-on-delivery order confirmed but not yet dispensed.
 */
public interface CancelOrderUseCase {

    /** Cancels the order and gives its stock back to the shelf. */
    Outcome<Placed> cancel(Caller caller, UUID orderId);
}
