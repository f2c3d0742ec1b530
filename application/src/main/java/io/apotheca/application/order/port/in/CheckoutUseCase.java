package io.apotheca.application.order.port.in;

import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.KeyCompletion;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.port.out.IdempotencyKeys.StoredResponse;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** A customer checks out their cart: the order is placed and its stock held at once, never oversold. */
public interface CheckoutUseCase {

    /**
     * Places an order for the cart, priced with today's tax rates and the shipping option chosen
     * (required while the pharmacy offers any), holds its stock and empties the cart.
     *
     * @param address the address as the customer typed it; every line to correct is named at once
     */
    default Outcome<Placed> checkout(Caller caller, AddressLines address, Optional<UUID> shippingOptionId) {
        return checkout(caller, address, shippingOptionId, Optional.empty());
    }

    /**
     * The same, with the response to an Idempotency-Key stored together with the order when the order
     * is recorded in one round trip (the key is then completed, and not again after).
     */
    Outcome<Placed> checkout(
            Caller caller, AddressLines address, Optional<UUID> shippingOptionId, Optional<KeyedResponse> keyed);

    /**
     * The claimed key, and how its response is written for the order placed.
     *
     * @param completion the key the request claimed
     * @param response the response the client will be given for the order
     */
    record KeyedResponse(KeyCompletion completion, Function<Placed, StoredResponse> response) {}

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
