package io.apotheca.persistence.inventory;

import io.apotheca.application.inventory.port.out.Batches;
import io.apotheca.application.inventory.port.out.StockHolds;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.inventory.Batch;
import io.apotheca.domain.inventory.BatchId;
import io.apotheca.domain.inventory.BatchStatus;
import io.apotheca.domain.inventory.LotNumber;
import io.apotheca.domain.inventory.ProductStock;
import io.apotheca.persistence.JdbiContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/** Lots in {@code batches}; the database numbers receipts, which orders lots of equal expiry. */
public final class JdbiBatches implements Batches {

    private static final String COLUMNS = "id, product_id, lot_number, expiry_date, on_hand, status, receipt_sequence";

    private final JdbiContext db;

    public JdbiBatches(JdbiContext db) {
        this.db = db;
    }

    @Override
    public Optional<Batch> add(Batch batch) {
        return db.with(h -> h.createQuery("""
                        INSERT INTO batches (id, product_id, lot_number, expiry_date, on_hand, status, received_at)
                        VALUES (:id, :product, :lot, :expiry, :onHand, :status, now())
                        ON CONFLICT DO NOTHING
                        RETURNING """ + " " + COLUMNS)
                .bind("id", batch.id().value())
                .bind("product", batch.productId().value())
                .bind("lot", batch.lot().value())
                .bind("expiry", batch.expiryDate())
                .bind("onHand", batch.onHand())
                .bind("status", batch.status().name())
                .map(JdbiBatches::map)
                .findOne());
    }

    @Override
    public Optional<Batch> byId(BatchId id) {
        return db.with(h -> h.createQuery("SELECT " + COLUMNS + " FROM batches WHERE id = :id")
                .bind("id", id.value())
                .map(JdbiBatches::map)
                .findOne());
    }

    @Override
    public List<Batch> ofProductLocked(ProductId product) {
        return ofProduct(product, " FOR UPDATE");
    }

    @Override
    public List<Batch> ofProduct(ProductId product) {
        return ofProduct(product, "");
    }

    @Override
    public List<Batch> ofProducts(List<ProductId> products) {
        if (products.isEmpty()) {
            return List.of();
        }
        return db.with(h -> h.createQuery(
                        "SELECT " + COLUMNS
                                + " FROM batches WHERE product_id = ANY(:products) ORDER BY product_id, expiry_date, receipt_sequence")
                .bindArray(
                        "products",
                        UUID.class,
                        products.stream().map(ProductId::value).toList())
                .map(JdbiBatches::map)
                .list());
    }

    @Override
    public List<Batch> activeExpiringBy(LocalDate date, int limit) {
        return db.with(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM batches WHERE status = 'ACTIVE' AND on_hand > 0 AND expiry_date <= :date"
                        + " ORDER BY expiry_date, receipt_sequence LIMIT :limit")
                .bind("date", date)
                .bind("limit", limit)
                .map(JdbiBatches::map)
                .list());
    }

    private List<Batch> ofProduct(ProductId product, String lock) {
        return db.with(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM batches WHERE product_id = :product ORDER BY expiry_date, receipt_sequence" + lock)
                .bind("product", product.value())
                .map(JdbiBatches::map)
                .list());
    }

    @Override
    public List<Batch> expiryCandidates(LocalDate date) {
        return db.with(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM batches WHERE status IN ('ACTIVE', 'QUARANTINED') AND expiry_date <= :date"
                        + " ORDER BY expiry_date, receipt_sequence")
                .bind("date", date)
                .map(JdbiBatches::map)
                .list());
    }

    @Override
    public boolean changeStatus(BatchId id, BatchStatus from, BatchStatus to) {
        return db.with(h -> h.createUpdate("UPDATE batches SET status = :to WHERE id = :id AND status = :from")
                        .bind("id", id.value())
                        .bind("from", from.name())
                        .bind("to", to.name())
                        .execute())
                == 1;
    }

    @Override
    public void update(Batch batch) {
        db.with(h -> h.createUpdate("UPDATE batches SET on_hand = :onHand, status = :status WHERE id = :id")
                .bind("id", batch.id().value())
                .bind("onHand", batch.onHand())
                .bind("status", batch.status().name())
                .execute());
    }

    /**
     * One statement: every lot of the products, each row carrying its product's units held (summed
     * over its hold slots). A product without lots has nothing to sell, whatever is held of it.
     */
    @Override
    public Map<ProductId, ProductStock> stockOf(List<ProductId> products, StockHolds holds) {
        if (products.isEmpty()) {
            return Map.of();
        }
        Map<ProductId, List<Batch>> lots = new HashMap<>();
        Map<ProductId, Integer> held = new HashMap<>();
        db.with(h -> h.createQuery("SELECT " + COLUMNS
                        + ", (SELECT coalesce(sum(s.held), 0)::int FROM stock_slots s"
                        + " WHERE s.product_id = b.product_id) AS held"
                        + " FROM batches b WHERE product_id = ANY(:products)"
                        + " ORDER BY product_id, expiry_date, receipt_sequence")
                .bindArray(
                        "products",
                        UUID.class,
                        products.stream().map(ProductId::value).toList())
                .map((row, ctx) -> {
                    Batch batch = map(row, ctx);
                    lots.computeIfAbsent(batch.productId(), p -> new ArrayList<>())
                            .add(batch);
                    held.put(batch.productId(), row.getInt("held"));
                    return batch;
                })
                .list());
        Map<ProductId, ProductStock> stock = new HashMap<>();
        for (ProductId product : products) {
            stock.put(
                    product,
                    new ProductStock(product, lots.getOrDefault(product, List.of()), held.getOrDefault(product, 0)));
        }
        return stock;
    }

    private static Batch map(ResultSet row, StatementContext ctx) throws SQLException {
        return new Batch(
                new BatchId(row.getObject("id", UUID.class)),
                new ProductId(row.getObject("product_id", UUID.class)),
                new LotNumber(row.getString("lot_number")),
                row.getObject("expiry_date", LocalDate.class),
                row.getInt("on_hand"),
                BatchStatus.valueOf(row.getString("status")),
                row.getLong("receipt_sequence"));
    }
}
