package io.apotheca.domain.order;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A customer's cart: how many of each product they mean to buy, 1 to 99 a line, and at most {@link
 * #MAX_LINES} different products, which bounds what a cart costs to store, price and check out.
 * Prices are not kept here; they are read from the catalog when the cart is shown and frozen only at
 * checkout.
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

    /** The most different products one cart holds. */
    public static final int MAX_LINES = 100;

    public static Cart empty(UserId customer) {
        return new Cart(customer, Map.of());
    }

    /** Whether {@code product} would be one line too many: a product new to a cart already full. */
    public boolean isFullFor(ProductId product) {
        return !quantities.containsKey(product) && quantities.size() >= MAX_LINES;
    }

    /** Sets a line's quantity; 0 removes the line. A new line needs room ({@link #isFullFor}). */
    public Cart with(ProductId product, int quantity) {
        if (quantity < 0 || quantity > Quantity.MAX) {
            throw new IllegalArgumentException("a cart line holds 0 to " + Quantity.MAX + " units");
        }
        if (quantity > 0 && isFullFor(product)) {
            throw new IllegalArgumentException("a cart holds at most " + MAX_LINES + " different products");
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
        if (!Quantity.allowed(quantity)) {
            throw new IllegalArgumentException("a cart line holds 1 to " + Quantity.MAX + " units");
        }
    }
}
