package io.apotheca.persistence.catalog;

import io.apotheca.application.catalog.port.out.Products;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.DrugSchedule;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.catalog.Sku;
import io.apotheca.domain.pricing.TaxCategory;
import io.apotheca.domain.shared.Money;
import io.apotheca.persistence.JdbiContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** Products in {@code products}; the unique SKU refuses a second product with the same code. */
public final class JdbiProducts implements Products {

    static final String COLUMNS = "id, sku, name, description, manufacturer, category_id, price_minor, currency, "
            + "requires_prescription, reorder_level, active, tax_category, schedule";

    private final JdbiContext db;

    public JdbiProducts(JdbiContext db) {
        this.db = db;
    }

    @Override
    public boolean add(Product product) {
        return db.with(h -> bind(h.createUpdate("""
                                        INSERT INTO products (id, sku, name, description, manufacturer, category_id,
                                            price_minor, currency, requires_prescription, reorder_level, active,
                                            tax_category, schedule, created_at, updated_at)
                                        VALUES (:id, :sku, :name, :description, :manufacturer, :category, :price,
                                            :currency, :rx, :reorder, :active, :taxCategory, :schedule, now(), now())
                                        ON CONFLICT DO NOTHING"""), product).execute()) == 1;
    }

    @Override
    public Optional<Product> byId(ProductId id) {
        return db.with(h -> h.createQuery("SELECT " + COLUMNS + " FROM products WHERE id = :id")
                .bind("id", id.value())
                .map(JdbiProducts::map)
                .findOne());
    }

    @Override
    public java.util.List<Product> active(Optional<ProductId> after, int limit) {
        return db.with(h -> {
            var query = h.createQuery("SELECT " + COLUMNS + " FROM products WHERE active"
                            + after.map(a -> " AND id > :after").orElse("") + " ORDER BY id LIMIT :limit")
                    .bind("limit", limit);
            after.ifPresent(a -> query.bind("after", a.value()));
            return query.map(JdbiProducts::map).list();
        });
    }

    @Override
    public boolean update(Product product) {
        return db.with(h -> bind(h.createUpdate("""
                                        UPDATE products SET sku = :sku, name = :name, description = :description,
                                            manufacturer = :manufacturer, category_id = :category, price_minor = :price,
                                            currency = :currency, requires_prescription = :rx, reorder_level = :reorder,
                                            active = :active, tax_category = :taxCategory, schedule = :schedule,
                                            updated_at = now()
                                        WHERE id = :id
                                          AND NOT EXISTS (SELECT 1 FROM products o WHERE o.sku = :sku AND o.id <> :id)"""), product).execute()) == 1;
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Product product) {
        return statement
                .bind("id", product.id().value())
                .bind("sku", product.sku().value())
                .bind("name", product.name())
                .bind("description", product.description())
                .bind("manufacturer", product.manufacturer())
                .bind("category", product.categoryId().value())
                .bind("price", product.price().minor())
                .bind("currency", product.price().currency().getCurrencyCode())
                .bind("rx", product.requiresPrescription())
                .bind("reorder", product.reorderLevel())
                .bind("active", product.active())
                .bind("taxCategory", product.taxCategory().name())
                .bind("schedule", product.schedule().map(DrugSchedule::name).orElse(null));
    }

    static Product map(ResultSet row, StatementContext ctx) throws SQLException {
        return new Product(
                new ProductId(row.getObject("id", UUID.class)),
                new Sku(row.getString("sku")),
                row.getString("name"),
                row.getString("description"),
                row.getString("manufacturer"),
                new CategoryId(row.getObject("category_id", UUID.class)),
                Money.of(row.getLong("price_minor"), row.getString("currency").trim()),
                row.getBoolean("requires_prescription"),
                row.getInt("reorder_level"),
                row.getBoolean("active"),
                TaxCategory.valueOf(row.getString("tax_category")),
                Optional.ofNullable(row.getString("schedule")).map(DrugSchedule::valueOf));
    }
}
