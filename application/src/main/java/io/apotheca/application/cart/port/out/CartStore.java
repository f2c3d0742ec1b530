package io.apotheca.application.cart.port.out;

import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Cart;

/** Customers' carts. A customer with no cart has an empty one. */
public interface CartStore {

    Cart load(UserId customer);

    /** Replaces the customer's cart with this one. */
    void save(Cart cart);
}
