package io.apotheca.application.order.port.in;

import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import java.util.Optional;
import java.util.UUID;

/** A customer checks out their cart: the order is placed and its stock held at once, never oversold. */
public interface CheckoutUseCase {

    /**
     * Places an order for the cart, priced with today's tax rates and the shipping option chosen
     * (required while the pharmacy offers any), holds its stock and empties the cart.
     *
     * @param address the address as the customer typed it; every line to correct is named at once
     */
    Outcome<Placed> checkout(Caller caller, AddressLines address, Optional<UUID> shippingOptionId);

    /** The lines of an address as typed, before they are known to make one; null where none was typed. */
    record AddressLines(
            String recipientName,
            String line1,
            String line2,
            String city,
            String region,
            String postalCode,
            String country) {}
}
