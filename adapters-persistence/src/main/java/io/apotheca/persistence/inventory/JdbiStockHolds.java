package io.apotheca.persistence.inventory;

import io.apotheca.application.inventory.port.out.StockHolds;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.persistence.JdbiContext;

/** Holds in {@code stock_holds}; open ones have no release time. */
public final class JdbiStockHolds implements StockHolds {

    private final JdbiContext db;

    public JdbiStockHolds(JdbiContext db) {
        this.db = db;
    }

    @Override
    public java.util.Map<ProductId, Integer> heldOf(java.util.List<ProductId> products) {
        if (products.isEmpty()) {
            return java.util.Map.of();
        }
        return db.with(h -> h.createQuery("SELECT product_id, sum(quantity)::int AS held FROM stock_holds"
                        + " WHERE product_id = ANY(:products) AND released_at IS NULL GROUP BY product_id")
                .bindArray(
                        "products",
                        java.util.UUID.class,
                        products.stream().map(ProductId::value).toList())
                .reduceRows(new java.util.HashMap<ProductId, Integer>(), (held, row) -> {
                    held.put(
                            new ProductId(row.getColumn("product_id", java.util.UUID.class)),
                            row.getColumn("held", Integer.class));
                    return held;
                }));
    }

    @Override
    public void place(
            java.util.UUID holdId,
            io.apotheca.domain.order.OrderId order,
            ProductId product,
            int quantity,
            java.time.Instant at) {
        db.with(h -> h.createUpdate(
                        "INSERT INTO stock_holds (id, product_id, order_id, quantity, placed_at) VALUES (:id, :product, :order, :quantity, :at)")
                .bind("id", holdId)
                .bind("product", product.value())
                .bind("order", order.value())
                .bind("quantity", quantity)
                .bind("at", at.atOffset(java.time.ZoneOffset.UTC))
                .execute());
    }

    @Override
    public void releaseAll(io.apotheca.domain.order.OrderId order, java.time.Instant at) {
        db.with(h -> h.createUpdate(
                        "UPDATE stock_holds SET released_at = :at WHERE order_id = :order AND released_at IS NULL")
                .bind("order", order.value())
                .bind("at", at.atOffset(java.time.ZoneOffset.UTC))
                .execute());
    }

    @Override
    public int heldOf(ProductId product) {
        return db.with(h -> h.createQuery(
                        "SELECT coalesce(sum(quantity), 0) FROM stock_holds WHERE product_id = :product AND released_at IS NULL")
                .bind("product", product.value())
                .mapTo(Integer.class)
                .one());
    }
}
