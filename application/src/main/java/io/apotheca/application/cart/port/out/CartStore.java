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

    /**
     * Replaces the customer's cart with {@code replacement} only if it is still {@code expected} (the
     * same products in the same quantities); false, and nothing changed, when it is not. A checkout
     * takes the cart so (replacing it with an empty one): of two checkouts of one cart, one wins. This
     * default is atomic only for callers that hold the account's lock; see {@link #replacesAtomically()}.
     */
    default boolean replace(Cart expected, Cart replacement) {
        if (!load(expected.customer()).quantities().equals(expected.quantities())) {
            return false;
        }
        save(replacement);
        return true;
    }

    /** Whether {@link #replace} is atomic by itself, without the account's lock. */
    default boolean replacesAtomically() {
        return false;
    }
}
