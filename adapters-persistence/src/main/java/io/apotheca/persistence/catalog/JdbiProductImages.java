package io.apotheca.persistence.catalog;

import io.apotheca.application.catalog.port.out.ProductImages;
import io.apotheca.domain.catalog.ImageDimensions;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.catalog.ProductImage;
import io.apotheca.domain.catalog.ProductImageId;
import io.apotheca.domain.shared.DocumentType;
import io.apotheca.persistence.JdbiContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Product pictures in {@code product_images}. A gallery is locked through its product's row ({@code
 * FOR NO KEY UPDATE}, which checkouts' foreign-key checks on the product do not wait for); the
 * unique position is checked at commit, so pictures can swap places within one transaction.
 */
public final class JdbiProductImages implements ProductImages {

    private static final String COLUMNS =
            "id, product_id, sha256, content_type, size_bytes, width, height, position, added_at";

    private final JdbiContext db;

    public JdbiProductImages(JdbiContext db) {
        this.db = db;
    }

    @Override
    public Optional<List<ProductImage>> lockGallery(ProductId product) {
        return db.with(h -> h.createQuery("SELECT id FROM products WHERE id = :id FOR NO KEY UPDATE")
                .bind("id", product.value())
                .mapTo(UUID.class)
                .findOne()
                .map(found -> of(product)));
    }

    @Override
    public void add(ProductImage image) {
        db.with(h -> h.createUpdate("""
                        INSERT INTO product_images (id, product_id, sha256, content_type, size_bytes, width, height,
                                                    position, added_at)
                        VALUES (:id, :product, :sha256, :type, :size, :width, :height, :position, :at)""")
                .bind("id", image.id().value())
                .bind("product", image.product().value())
                .bind("sha256", image.sha256())
                .bind("type", image.type().mediaType())
                .bind("size", image.size())
                .bind("width", image.dimensions().width())
                .bind("height", image.dimensions().height())
                .bind("position", image.position())
                .bind("at", image.addedAt().atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public void remove(ProductImageId image) {
        db.with(h -> h.createUpdate("DELETE FROM product_images WHERE id = :id")
                .bind("id", image.value())
                .execute());
    }

    @Override
    public void reposition(List<ProductImage> gallery) {
        db.with(h -> {
            for (ProductImage image : gallery) {
                h.createUpdate("UPDATE product_images SET position = :position WHERE id = :id")
                        .bind("id", image.id().value())
                        .bind("position", image.position())
                        .execute();
            }
            return null;
        });
    }

    @Override
    public List<ProductImage> of(ProductId product) {
        return db.with(h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM product_images WHERE product_id = :product ORDER BY position")
                .bind("product", product.value())
                .map(JdbiProductImages::map)
                .list());
    }

    @Override
    public Map<ProductId, List<ProductImage>> of(Collection<ProductId> products) {
        if (products.isEmpty()) {
            return Map.of();
        }
        return db.with(h -> h
                .createQuery("SELECT " + COLUMNS
                        + " FROM product_images WHERE product_id = ANY(:products) ORDER BY product_id, position")
                .bindArray(
                        "products",
                        UUID.class,
                        products.stream().map(ProductId::value).toList())
                .map(JdbiProductImages::map)
                .list()
                .stream()
                .collect(Collectors.groupingBy(ProductImage::product)));
    }

    private static ProductImage map(ResultSet row, StatementContext ctx) throws SQLException {
        return new ProductImage(
                new ProductImageId(row.getObject("id", UUID.class)),
                new ProductId(row.getObject("product_id", UUID.class)),
                row.getString("sha256").trim(),
                "image/png".equals(row.getString("content_type")) ? DocumentType.PNG : DocumentType.JPEG,
                row.getLong("size_bytes"),
                new ImageDimensions(row.getInt("width"), row.getInt("height")),
                row.getInt("position"),
                row.getObject("added_at", java.time.OffsetDateTime.class).toInstant());
    }
}
