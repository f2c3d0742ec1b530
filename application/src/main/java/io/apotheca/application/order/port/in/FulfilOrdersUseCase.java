package io.apotheca.application.order.port.in;

import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import java.util.UUID;

/**
 * A verified pharmacist or an administrator dispenses a paid or confirmed order first-expiry-first-out
 * (each line records the lots it came from); an administrator ships it and marks it delivered.
 */
public interface FulfilOrdersUseCase {

    Outcome<Placed> fulfil(Caller caller, UUID orderId);

    /**
     * Dispenses the order; one whose card was authorised at checkout is charged first, for its lines
     * less {@code withdrawn} (not dispensed, not charged), and answered still open: it is dispensed
     * by the next call once the provider confirms the charge and the order is paid.
     */
    Outcome<Placed> fulfil(Caller caller, UUID orderId, java.util.Set<UUID> withdrawn);

    Outcome<Placed> ship(Caller caller, UUID orderId);

    Outcome<Placed> deliver(Caller caller, UUID orderId);
}
