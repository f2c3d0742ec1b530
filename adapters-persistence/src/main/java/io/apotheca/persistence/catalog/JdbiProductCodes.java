package io.apotheca.persistence.catalog;

import io.apotheca.application.catalog.port.out.ProductCodes;
import io.apotheca.domain.catalog.ProductCode;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.persistence.JdbiContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Products' standard codes in {@code product_codes}, one row per code, unique across products. */
public final class JdbiProductCodes implements ProductCodes {

    private final JdbiContext db;

    public JdbiProductCodes(JdbiContext db) {
        this.db = db;
    }

    @Override
    public List<ProductCode> of(ProductId product) {
        return ofAll(List.of(product)).getOrDefault(product, List.of());
    }

    @Override
    public Map<ProductId, List<ProductCode>> ofAll(Collection<ProductId> products) {
        Map<ProductId, List<ProductCode>> codes = new HashMap<>();
        if (products.isEmpty()) {
            return codes;
        }
        db.with(h -> {
            h.createQuery("SELECT product_id, system, code FROM product_codes WHERE product_id = ANY(:ids)"
                            + " ORDER BY product_id, position")
                    .bindArray(
                            "ids",
                            UUID.class,
                            products.stream().map(ProductId::value).toList())
                    .map((rs, ctx) -> Map.entry(
                            new ProductId(rs.getObject("product_id", UUID.class)),
                            new ProductCode(rs.getString("system"), rs.getString("code"))))
                    .forEach(e -> codes.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                            .add(e.getValue()));
            return null;
        });
        return codes;
    }

    @Override
    public Map<ProductCode, ProductId> productsNamedBy(Collection<ProductCode> codes) {
        Map<ProductCode, ProductId> named = new HashMap<>();
        if (codes.isEmpty()) {
            return named;
        }
        db.with(h -> {
            h.createQuery("SELECT c.product_id, c.system, c.code FROM product_codes c"
                            + " JOIN unnest(:systems, :codes) AS w(system, code)"
                            + " ON w.system = c.system AND w.code = c.code")
                    .bindArray(
                            "systems",
                            String.class,
                            codes.stream().map(ProductCode::system).toList())
                    .bindArray(
                            "codes",
                            String.class,
                            codes.stream().map(ProductCode::code).toList())
                    .map((rs, ctx) -> Map.entry(
                            new ProductCode(rs.getString("system"), rs.getString("code")),
                            new ProductId(rs.getObject("product_id", UUID.class))))
                    .forEach(e -> named.put(e.getKey(), e.getValue()));
            return null;
        });
        return named;
    }

    /** A transaction-scoped advisory lock: code changes are rare, and they all wait for one another. */
    @Override
    public void lockForChange() {
        db.with(h -> h.createQuery("SELECT pg_advisory_xact_lock(hashtextextended('product-codes', 0))")
                .mapTo(String.class) // void, read as text
                .one());
    }

    @Override
    public void replace(ProductId product, List<ProductCode> codes) {
        db.with(h -> {
            h.createUpdate("DELETE FROM product_codes WHERE product_id = :id")
                    .bind("id", product.value())
                    .execute();
            for (int position = 0; position < codes.size(); position++) {
                h.createUpdate("INSERT INTO product_codes (product_id, system, code, position)"
                                + " VALUES (:id, :system, :code, :position)")
                        .bind("id", product.value())
                        .bind("system", codes.get(position).system())
                        .bind("code", codes.get(position).code())
                        .bind("position", position)
                        .execute();
            }
            return null;
        });
    }
}
