package io.apotheca.persistence.cart;

import io.apotheca.application.cart.port.out.CartStore;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Cart;
import io.apotheca.persistence.JdbiContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Carts in {@code cart_lines}; saving replaces the customer's lines in one transaction, so every line
 * of a cart carries the time of the cart's last change, and a cart idle for longer than {@link
 * CartStore#IDLE_LIFETIME} reads as empty (and is overwritten by the next save).
 */
public final class JdbiCartStore implements CartStore {

    private final JdbiContext db;

    public JdbiCartStore(JdbiContext db) {
        this.db = db;
    }

    @Override
    public Cart load(UserId customer) {
        Map<ProductId, Integer> lines = db.with(h -> h.createQuery(
                        "SELECT product_id, quantity FROM cart_lines WHERE user_id = :user AND updated_at > now() - make_interval(secs => :idleSeconds) ORDER BY position")
                .bind("user", customer.value())
                .bind("idleSeconds", IDLE_LIFETIME.toSeconds())
                .reduceRows(new LinkedHashMap<ProductId, Integer>(), (map, row) -> {
                    map.put(
                            new ProductId(row.getColumn("product_id", UUID.class)),
                            row.getColumn("quantity", Integer.class));
                    return map;
                }));
        return new Cart(customer, lines);
    }

    @Override
    public void save(Cart cart) {
        List<UUID> products = new ArrayList<>();
        List<Integer> quantities = new ArrayList<>();
        cart.quantities().forEach((product, quantity) -> {
            products.add(product.value());
            quantities.add(quantity);
        });
        db.inTransaction(() -> db.with(h -> {
            // saves of one customer's cart take turns on the account's row (as a checkout does, first):
            // two at once would both delete, then both insert the same lines
            h.createQuery("SELECT id FROM users WHERE id = :user FOR NO KEY UPDATE")
                    .bind("user", cart.customer().value())
                    .mapTo(UUID.class)
                    .findOne();
            h.createUpdate("DELETE FROM cart_lines WHERE user_id = :user")
                    .bind("user", cart.customer().value())
                    .execute();
            if (!products.isEmpty()) {
                // one statement for every line, in the cart's order (position follows the insertion)
                h.createUpdate("""
                                INSERT INTO cart_lines (user_id, product_id, quantity, updated_at)
                                SELECT :user, line.product, line.quantity, now()
                                FROM unnest(:products, :quantities) WITH ORDINALITY AS line (product, quantity, n)
                                ORDER BY line.n""")
                        .bind("user", cart.customer().value())
                        .bindArray("products", UUID.class, products)
                        .bindArray("quantities", Integer.class, quantities)
                        .execute();
            }
            return null;
        }));
    }
}
