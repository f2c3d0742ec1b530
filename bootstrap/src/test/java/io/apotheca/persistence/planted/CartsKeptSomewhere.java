package io.apotheca.persistence.planted;

import io.apotheca.application.cart.port.out.CartStore;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Cart;

/** Breaks the naming rule: neither a technology nor the port in its name. */
class CartsKeptSomewhere implements CartStore {

    @Override
    public Cart load(UserId customer) {
        return Cart.empty(customer);
    }

    @Override
    public void save(Cart cart) {}
}
