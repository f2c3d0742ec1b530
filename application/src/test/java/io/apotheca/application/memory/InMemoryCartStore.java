package io.apotheca.application.memory;

import io.apotheca.application.cart.port.out.CartStore;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Cart;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Carts in a map, for tests of the use cases; it passes the same contract as the real stores. */
public final class InMemoryCartStore implements CartStore {

    private final Map<UserId, Cart> carts = new ConcurrentHashMap<>();

    @Override
    public Cart load(UserId customer) {
        return carts.getOrDefault(customer, Cart.empty(customer));
    }

    @Override
    public void save(Cart cart) {
        if (cart.isEmpty()) {
            carts.remove(cart.customer());
        } else {
            carts.put(cart.customer(), cart);
        }
    }
}
