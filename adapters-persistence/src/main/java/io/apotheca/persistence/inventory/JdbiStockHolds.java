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
    public int heldOf(ProductId product) {
        return db.with(h -> h.createQuery(
                        "SELECT coalesce(sum(quantity), 0) FROM stock_holds WHERE product_id = :product AND released_at IS NULL")
                .bind("product", product.value())
                .mapTo(Integer.class)
                .one());
    }
}
