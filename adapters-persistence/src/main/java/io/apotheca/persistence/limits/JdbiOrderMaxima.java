package io.apotheca.persistence.limits;

import io.apotheca.application.limits.port.out.OrderMaxima;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.persistence.JdbiContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Maxima per order in {@code product_order_maxima}, one row per product. */
public final class JdbiOrderMaxima implements OrderMaxima {

    private final JdbiContext db;

    public JdbiOrderMaxima(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void set(Maximum maximum) {
        db.with(h -> h.createUpdate("""
                        INSERT INTO product_order_maxima (product_id, max_units) VALUES (:product, :units)
                        ON CONFLICT (product_id) DO UPDATE SET max_units = excluded.max_units""")
                .bind("product", maximum.product().value())
                .bind("units", maximum.units())
                .execute());
    }

    @Override
    public boolean remove(ProductId product) {
        return db.with(h -> h.createUpdate("DELETE FROM product_order_maxima WHERE product_id = :product")
                        .bind("product", product.value())
                        .execute())
                > 0;
    }

    @Override
    public List<Maximum> all() {
        return db.with(h -> h.createQuery("SELECT product_id, max_units FROM product_order_maxima ORDER BY product_id")
                .map((row, ctx) ->
                        new Maximum(new ProductId(row.getObject("product_id", UUID.class)), row.getInt("max_units")))
                .list());
    }

    @Override
    public Map<ProductId, Integer> of(Collection<ProductId> products) {
        if (products.isEmpty()) {
            return Map.of();
        }
        return db
                .with(h -> h.createQuery(
                                "SELECT product_id, max_units FROM product_order_maxima WHERE product_id = ANY(:products)")
                        .bind(
                                "products",
                                products.stream().map(ProductId::value).toArray(UUID[]::new))
                        .map((row, ctx) -> new Maximum(
                                new ProductId(row.getObject("product_id", UUID.class)), row.getInt("max_units")))
                        .list())
                .stream()
                .collect(Collectors.toMap(Maximum::product, Maximum::units));
    }
}
