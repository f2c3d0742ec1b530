package io.apotheca.application.cart.port.out;

import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Cart;
import java.time.Duration;

/**
 * Customers' carts. A customer with no cart has an empty one, and so has a customer who has not
 * touched their cart for {@link #IDLE_LIFETIME}: an abandoned cart is forgotten, not kept forever.
 */
public interface CartStore {

    /** How long a cart lives after its last change. */
    Duration IDLE_LIFETIME = Duration.ofDays(14);

    Cart load(UserId customer);

    /** Replaces the customer's cart with this one; an empty cart clears it. */
    void save(Cart cart);
}
