package io.apotheca.persistence.prescription;

import io.apotheca.application.prescription.port.out.PrescriptionFills;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.prescription.PrescriptionId;
import io.apotheca.persistence.JdbiContext;
import io.apotheca.persistence.order.OrderRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Fills in {@code prescription_fills}; the items they draw on, with their use so far, read from
 * {@code prescription_items}. Reserving a fill locks its item first, so the count of fills taken is
 * exact within the transaction.
 */
public final class JdbiPrescriptionFills implements PrescriptionFills {

    /** An item and its use: fills not released, of them those dispensed, and the day of the latest. */
    private static final String ITEMS_WITH_USE = """
            SELECT i.id, i.prescription_id, p.written_on, p.valid_until, i.product_id, i.schedule, i.quantity_per_fill,
                   i.directions, i.days_supply, i.refills_authorised,
                   (SELECT count(*) FROM prescription_fills f WHERE f.item_id = i.id AND f.released_at IS NULL)::int
                       AS taken,
                   (SELECT count(*) FROM prescription_fills f WHERE f.item_id = i.id AND f.dispensed_at IS NOT NULL)::int
                       AS dispensed,
                   (SELECT max(coalesce(f.dispensed_at, f.reserved_at)) FROM prescription_fills f
                    WHERE f.item_id = i.id AND f.released_at IS NULL) AS last_filled
            FROM prescription_items i JOIN prescriptions p ON p.id = i.prescription_id""";

    private static final String FILL_COLUMNS = """
            SELECT f.item_id, i.product_id, i.prescription_id, f.order_id, f.quantity, f.reserved_at, f.dispensed_at,
                   f.dispensed_by, l.lots
            FROM prescription_fills f
            JOIN prescription_items i ON i.id = f.item_id
            LEFT JOIN order_lines l ON l.order_id = f.order_id AND l.product_id = i.product_id""";

    private final JdbiContext db;

    public JdbiPrescriptionFills(JdbiContext db) {
        this.db = db;
    }

    @Override
    public List<ItemOnFile> lockItemsFor(UserId patient, ProductId product) {
        return db.with(h -> {
            List<UUID> locked = h.createQuery("""
                            SELECT i.id FROM prescription_items i JOIN prescriptions p ON p.id = i.prescription_id
                            WHERE p.customer_id = :patient AND p.status = 'APPROVED' AND i.product_id = :product
                            ORDER BY i.id FOR UPDATE OF i""")
                    .bind("patient", patient.value())
                    .bind("product", product.value())
                    .mapTo(UUID.class)
                    .list();
            if (locked.isEmpty()) {
                return List.of();
            }
            return h.createQuery(ITEMS_WITH_USE + " WHERE i.id = ANY(:ids) ORDER BY p.written_on, i.id")
                    .bindArray("ids", UUID.class, locked)
                    .map(JdbiPrescriptionFills::itemOnFile)
                    .list();
        });
    }

    @Override
    public List<ItemOnFile> itemsOf(PrescriptionId prescription) {
        return db.with(h -> h.createQuery(ITEMS_WITH_USE + " WHERE i.prescription_id = :id ORDER BY i.position")
                .bind("id", prescription.value())
                .map(JdbiPrescriptionFills::itemOnFile)
                .list());
    }

    @Override
    public void reserve(UUID fillId, UUID itemId, OrderId order, Quantity quantity, Instant at) {
        db.with(h -> h.createUpdate("""
                        INSERT INTO prescription_fills (id, item_id, order_id, quantity, reserved_at)
                        VALUES (:id, :item, :order, :quantity, :at)""")
                .bind("id", fillId)
                .bind("item", itemId)
                .bind("order", order.value())
                .bind("quantity", quantity.units())
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public void release(OrderId order, Instant at) {
        db.with(h -> h.createUpdate("UPDATE prescription_fills SET released_at = :at"
                        + " WHERE order_id = :order AND released_at IS NULL AND dispensed_at IS NULL")
                .bind("order", order.value())
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public void release(OrderId order, Set<io.apotheca.domain.catalog.ProductId> products, Instant at) {
        if (products.isEmpty()) {
            return;
        }
        db.with(h -> h.createUpdate("UPDATE prescription_fills SET released_at = :at"
                        + " WHERE order_id = :order AND released_at IS NULL AND dispensed_at IS NULL"
                        + " AND item_id IN (SELECT id FROM prescription_items WHERE product_id = ANY(:products))")
                .bind("order", order.value())
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .bindArray(
                        "products",
                        java.util.UUID.class,
                        products.stream().map(p -> p.value()).toArray())
                .execute());
    }

    @Override
    public Set<PrescriptionId> dispense(OrderId order, UserId pharmacist, Instant at) {
        return db.with(h -> new LinkedHashSet<>(h.createQuery("""
                        WITH done AS (UPDATE prescription_fills SET dispensed_at = :at, dispensed_by = :pharmacist
                                      WHERE order_id = :order AND released_at IS NULL AND dispensed_at IS NULL
                                      RETURNING item_id)
                        SELECT DISTINCT i.prescription_id FROM done JOIN prescription_items i ON i.id = done.item_id
                        ORDER BY i.prescription_id""")
                .bind("order", order.value())
                .bind("pharmacist", pharmacist.value())
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .map((rs, ctx) -> new PrescriptionId(rs.getObject("prescription_id", UUID.class)))
                .list()));
    }

    @Override
    public Set<ProductId> coveredOf(OrderId order) {
        return db.with(h -> new LinkedHashSet<>(h.createQuery("""
                        SELECT i.product_id FROM prescription_fills f JOIN prescription_items i ON i.id = f.item_id
                        WHERE f.order_id = :order AND f.released_at IS NULL ORDER BY i.product_id""")
                .bind("order", order.value())
                .map((rs, ctx) -> new ProductId(rs.getObject("product_id", UUID.class)))
                .list()));
    }

    @Override
    public Map<PrescriptionId, List<FillRecord>> fillsOf(List<PrescriptionId> prescriptions) {
        Map<PrescriptionId, List<FillRecord>> fills = new LinkedHashMap<>();
        if (prescriptions.isEmpty()) {
            return fills;
        }
        db.with(h -> h.createQuery(FILL_COLUMNS
                                + " WHERE i.prescription_id = ANY(:ids) AND f.released_at IS NULL"
                                + " ORDER BY f.reserved_at, f.id")
                        .bindArray(
                                "ids",
                                UUID.class,
                                prescriptions.stream()
                                        .map(PrescriptionId::value)
                                        .toList())
                        .map((rs, ctx) -> Map.entry(
                                new PrescriptionId(rs.getObject("prescription_id", UUID.class)), fillRecord(rs)))
                        .list())
                .forEach(e -> fills.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return fills;
    }

    @Override
    public List<FillRecord> dispensedTo(UserId patient, int limit) {
        return db.with(h -> h.createQuery(FILL_COLUMNS
                        + " JOIN prescriptions p ON p.id = i.prescription_id"
                        + " WHERE p.customer_id = :patient AND f.dispensed_at IS NOT NULL"
                        + " ORDER BY f.dispensed_at DESC, f.id LIMIT :limit")
                .bind("patient", patient.value())
                .bind("limit", limit)
                .map((rs, ctx) -> fillRecord(rs))
                .list());
    }

    private static ItemOnFile itemOnFile(ResultSet rs, StatementContext ctx) throws SQLException {
        OffsetDateTime lastFilled = rs.getObject("last_filled", OffsetDateTime.class);
        return new ItemOnFile(
                new PrescriptionId(rs.getObject("prescription_id", UUID.class)),
                rs.getObject("written_on", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class),
                TranscriptionRows.item(rs),
                rs.getInt("taken"),
                rs.getInt("dispensed"),
                Optional.ofNullable(lastFilled)
                        .map(t -> t.toInstant().atOffset(ZoneOffset.UTC).toLocalDate()));
    }

    private static FillRecord fillRecord(ResultSet rs) throws SQLException {
        OffsetDateTime dispensedAt = rs.getObject("dispensed_at", OffsetDateTime.class);
        UUID dispensedBy = rs.getObject("dispensed_by", UUID.class);
        String lots = rs.getString("lots");
        return new FillRecord(
                rs.getObject("item_id", UUID.class),
                new ProductId(rs.getObject("product_id", UUID.class)),
                new OrderId(rs.getObject("order_id", UUID.class)),
                Quantity.of(rs.getInt("quantity")),
                rs.getObject("reserved_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(dispensedAt).map(OffsetDateTime::toInstant),
                Optional.ofNullable(dispensedBy).map(UserId::new),
                dispensedAt == null || lots == null ? List.of() : OrderRows.lots(lots));
    }
}
