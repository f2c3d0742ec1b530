package io.apotheca.persistence.limits;

import io.apotheca.application.limits.port.out.PurchaseHistory;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.limits.PurchaseLimitPolicy.Purchase;
import io.apotheca.persistence.JdbiContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A customer's purchases, read from {@code orders} and {@code order_lines} in one statement: every
 * order but a cancelled (or expired) one, or one refunded before it was dispensed.
 */
public final class JdbiPurchaseHistory implements PurchaseHistory {

    private final JdbiContext db;

    public JdbiPurchaseHistory(JdbiContext db) {
        this.db = db;
    }

    @Override
    public List<Purchase> of(UserId customer, Collection<ProductId> products, Instant since) {
        if (products.isEmpty()) {
            return List.of();
        }
        return db.with(h -> h.createQuery("""
                        SELECT l.product_id, l.quantity, o.placed_at FROM orders o
                        JOIN order_lines l ON l.order_id = o.id
                        WHERE o.customer_id = :customer AND o.placed_at > :since AND l.product_id = ANY(:products)
                          AND NOT l.withdrawn
                          AND o.status <> 'CANCELLED'
                          AND NOT (o.status = 'REFUNDED' AND o.refunded_from = 'PAID')""")
                .bind("customer", customer.value())
                .bind("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .bind("products", products.stream().map(ProductId::value).toArray(UUID[]::new))
                .map((row, ctx) -> new Purchase(
                        new ProductId(row.getObject("product_id", UUID.class)),
                        row.getInt("quantity"),
                        row.getObject("placed_at", OffsetDateTime.class).toInstant()))
                .list());
    }
}
