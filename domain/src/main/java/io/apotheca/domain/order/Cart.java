package io.apotheca.domain.order;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A customer's cart: how many of each product they mean to buy, 1 to 99 a line. Prices are not
 * kept here; they are read from the catalog when the cart is shown and frozen only at checkout.
 *
 * @param customer whose cart it is
 * @param quantities units per product, in the order they were added
 */
public record Cart(UserId customer, Map<ProductId, Integer> quantities) {

    public Cart {
        Objects.requireNonNull(customer, "customer");
        quantities.values().forEach(Cart::requireLineQuantity);
        quantities = Collections.unmodifiableMap(new LinkedHashMap<>(quantities));
    }

    public static Cart empty(UserId customer) {
        return new Cart(customer, Map.of());
    }

    /** Sets a line's quantity; 0 removes the line. */
    public Cart with(ProductId product, int quantity) {
        if (quantity < 0 || quantity > OrderLine.MAX_QUANTITY) {
            throw new IllegalArgumentException("a cart line holds 0 to " + OrderLine.MAX_QUANTITY + " units");
        }
        Map<ProductId, Integer> changed = new LinkedHashMap<>(quantities);
        if (quantity == 0) {
            changed.remove(product);
        } else {
            changed.put(product, quantity);
        }
        return new Cart(customer, changed);
    }

    public boolean isEmpty() {
        return quantities.isEmpty();
    }

    private static void requireLineQuantity(int quantity) {
        if (quantity < 1 || quantity > OrderLine.MAX_QUANTITY) {
            throw new IllegalArgumentException("a cart line holds 1 to " + OrderLine.MAX_QUANTITY + " units");
        }
    }
}
