package io.apotheca.persistence.cart;

import io.apotheca.application.cart.port.out.CartStore;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Cart;
import io.apotheca.persistence.JdbiContext;
import java.util.LinkedHashMap;
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
        db.inTransaction(() -> db.with(h -> {
            h.createUpdate("DELETE FROM cart_lines WHERE user_id = :user")
                    .bind("user", cart.customer().value())
                    .execute();
            for (Map.Entry<ProductId, Integer> line : cart.quantities().entrySet()) {
                h.createUpdate(
                                "INSERT INTO cart_lines (user_id, product_id, quantity, updated_at) VALUES (:user, :product, :quantity, now())")
                        .bind("user", cart.customer().value())
                        .bind("product", line.getKey().value())
                        .bind("quantity", line.getValue())
                        .execute();
            }
            return null;
        }));
    }
}
