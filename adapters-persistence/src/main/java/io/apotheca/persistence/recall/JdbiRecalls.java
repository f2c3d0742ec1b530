package io.apotheca.persistence.recall;

import io.apotheca.application.recall.port.out.Recalls;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.inventory.BatchId;
import io.apotheca.domain.inventory.LotNumber;
import io.apotheca.domain.inventory.Recall;
import io.apotheca.domain.inventory.RecallClass;
import io.apotheca.domain.inventory.RecallShortfall.Holding;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderStatus;
import io.apotheca.persistence.JdbiContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Recalls in {@code recalls}, their patients in {@code recall_patients} and the orders they
 * cancelled in {@code recall_cancellations}. Who received a lot is read from the stock ledger's
 * {@code DISPENSED} movements, which name the order; which orders hold a product, from the open
 * {@code stock_holds}.
 */
public final class JdbiRecalls implements Recalls {

    /** A recall's own row, with its product's name and figures. */
    private record Head(Recall recall, String productName, Figures figures) {}

    private final JdbiContext db;

    public JdbiRecalls(JdbiContext db) {
        this.db = db;
    }

    @Override
    public List<Dispensed> dispensedFrom(BatchId batch) {
        return db.with(h -> h.createQuery("""
                        SELECT m.order_id, o.customer_id, -sum(m.delta)::int AS quantity, max(m.occurred_at) AS dispensed_at
                        FROM stock_movements m JOIN orders o ON o.id = m.order_id
                        WHERE m.batch_id = :batch AND m.kind = 'DISPENSED'
                        GROUP BY m.order_id, o.customer_id ORDER BY min(m.occurred_at), m.order_id""")
                .bind("batch", batch.value())
                .map((row, ctx) -> dispensed(row))
                .list());
    }

    @Override
    public List<Holding> holdingsNewestFirst(ProductId product) {
        return db.with(h -> h.createQuery("""
                        SELECT order_id, sum(quantity)::int AS units FROM stock_holds
                        WHERE product_id = :product AND released_at IS NULL
                        GROUP BY order_id ORDER BY max(placed_at) DESC, order_id DESC""")
                .bind("product", product.value())
                .map((row, ctx) -> new Holding(row.getObject("order_id", UUID.class), row.getInt("units")))
                .list());
    }

    @Override
    public int unitsReceived(BatchId batch) {
        return db.with(h -> h.createQuery("SELECT coalesce(sum(delta), 0)::int FROM stock_movements"
                        + " WHERE batch_id = :batch AND kind = 'RECEIPT'")
                .bind("batch", batch.value())
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public void add(Recall recall, Figures figures, List<Dispensed> patients, List<Cancellation> cancellations) {
        db.with(h -> {
            h.createUpdate("""
                            INSERT INTO recalls (id, batch_id, product_id, lot_number, expiry_date, reason, recall_class,
                                                 instructions, recalled_by, recalled_at, units_received, units_dispensed,
                                                 units_on_hand)
                            VALUES (:id, :batch, :product, :lot, :expiry, :reason, :class, :instructions, :by, :at,
                                    :received, :dispensed, :onHand)""")
                    .bind("id", recall.id())
                    .bind("batch", recall.batch().value())
                    .bind("product", recall.product().value())
                    .bind("lot", recall.lot().value())
                    .bind("expiry", recall.expiryDate())
                    .bind("reason", recall.reason())
                    .bind("class", recall.recallClass().name())
                    .bind("instructions", recall.instructions().orElse(null))
                    .bind("by", recall.recalledBy().value())
                    .bind("at", utc(recall.recalledAt()))
                    .bind("received", figures.received())
                    .bind("dispensed", figures.dispensed())
                    .bind("onHand", figures.onHand())
                    .execute();
            for (Dispensed patient : patients) {
                h.createUpdate("""
                                INSERT INTO recall_patients (recall_id, order_id, customer_id, quantity, dispensed_at)
                                VALUES (:recall, :order, :customer, :quantity, :at)""")
                        .bind("recall", recall.id())
                        .bind("order", patient.order().value())
                        .bind("customer", patient.patient().value())
                        .bind("quantity", patient.quantity())
                        .bind("at", utc(patient.dispensedAt()))
                        .execute();
            }
            for (Cancellation cancelled : cancellations) {
                h.createUpdate("""
                                INSERT INTO recall_cancellations (recall_id, order_id, customer_id, status_before, refund_id)
                                VALUES (:recall, :order, :customer, :before, :refund)""")
                        .bind("recall", recall.id())
                        .bind("order", cancelled.order().value())
                        .bind("customer", cancelled.customer().value())
                        .bind("before", cancelled.before().name())
                        .bind("refund", cancelled.refund().orElse(null))
                        .execute();
            }
            return null;
        });
    }

    @Override
    public Optional<Kept> byId(UUID recall) {
        return db.with(h -> kept(h, heads(h, "WHERE r.id = :id", recall))).stream()
                .findFirst();
    }

    @Override
    public List<Summary> summaries() {
        return db.with(h -> h.createQuery("""
                        SELECT r.*, p.name AS product_name,
                               (SELECT count(*) FROM recall_patients rp WHERE rp.recall_id = r.id)::int AS patients,
                               (SELECT count(*) FROM recall_patients rp
                                WHERE rp.recall_id = r.id AND rp.notice_sent_at IS NOT NULL)::int AS notices_sent,
                               (SELECT count(*) FROM recall_cancellations rc WHERE rc.recall_id = r.id)::int AS cancelled
                        FROM recalls r JOIN products p ON p.id = r.product_id
                        ORDER BY r.recalled_at DESC, r.id DESC""")
                .map((row, ctx) -> {
                    Head head = head(row);
                    return new Summary(
                            head.recall(),
                            head.productName(),
                            head.figures(),
                            row.getInt("patients"),
                            row.getInt("notices_sent"),
                            row.getInt("cancelled"));
                })
                .list());
    }

    @Override
    public void noticeSent(UUID recall, UserId patient, Instant at) {
        db.with(h -> h.createUpdate("""
                        UPDATE recall_patients SET notice_sent_at = :at
                        WHERE recall_id = :recall AND customer_id = :patient AND notice_sent_at IS NULL""")
                .bind("at", utc(at))
                .bind("recall", recall)
                .bind("patient", patient.value())
                .execute());
    }

    private static List<Head> heads(Handle h, String where, UUID id) {
        var query = h.createQuery("""
                SELECT r.*, p.name AS product_name FROM recalls r JOIN products p ON p.id = r.product_id
                """ + where + " ORDER BY r.recalled_at DESC, r.id DESC");
        if (id != null) {
            query.bind("id", id);
        }
        return query.map((row, ctx) -> head(row)).list();
    }

    private static Head head(ResultSet row) throws SQLException {
        return new Head(
                new Recall(
                        row.getObject("id", UUID.class),
                        new BatchId(row.getObject("batch_id", UUID.class)),
                        new ProductId(row.getObject("product_id", UUID.class)),
                        new LotNumber(row.getString("lot_number")),
                        row.getObject("expiry_date", LocalDate.class),
                        row.getString("reason"),
                        RecallClass.valueOf(row.getString("recall_class")),
                        Optional.ofNullable(row.getString("instructions")),
                        new UserId(row.getObject("recalled_by", UUID.class)),
                        instant(row, "recalled_at")),
                row.getString("product_name"),
                new Figures(row.getInt("units_received"), row.getInt("units_dispensed"), row.getInt("units_on_hand")));
    }

    /** The heads with their patients and cancellations, two statements for all of them. */
    private static List<Kept> kept(Handle h, List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        UUID[] ids = heads.stream().map(head -> head.recall().id()).toArray(UUID[]::new);
        Map<UUID, List<AffectedPatient>> patients = h
                .createQuery("""
                        SELECT rp.*, u.full_name, u.email FROM recall_patients rp JOIN users u ON u.id = rp.customer_id
                        WHERE rp.recall_id = ANY(:ids) ORDER BY rp.dispensed_at, rp.order_id""")
                .bind("ids", ids)
                .map((row, ctx) -> Map.entry(
                        row.getObject("recall_id", UUID.class),
                        new AffectedPatient(
                                dispensed(row),
                                row.getString("full_name"),
                                row.getString("email"),
                                Optional.ofNullable(row.getObject("notice_sent_at", OffsetDateTime.class))
                                        .map(OffsetDateTime::toInstant))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<UUID, List<Cancellation>> cancellations = h
                .createQuery("""
                        SELECT * FROM recall_cancellations rc
                        WHERE rc.recall_id = ANY(:ids) ORDER BY rc.recall_id, rc.order_id DESC""")
                .bind("ids", ids)
                .map((row, ctx) -> Map.entry(
                        row.getObject("recall_id", UUID.class),
                        new Cancellation(
                                new OrderId(row.getObject("order_id", UUID.class)),
                                new UserId(row.getObject("customer_id", UUID.class)),
                                OrderStatus.valueOf(row.getString("status_before")),
                                Optional.ofNullable(row.getObject("refund_id", UUID.class)))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return heads.stream()
                .map(head -> new Kept(
                        head.recall(),
                        head.productName(),
                        head.figures(),
                        patients.getOrDefault(head.recall().id(), List.of()),
                        cancellations.getOrDefault(head.recall().id(), List.of())))
                .toList();
    }

    private static Dispensed dispensed(ResultSet row) throws SQLException {
        return new Dispensed(
                new OrderId(row.getObject("order_id", UUID.class)),
                new UserId(row.getObject("customer_id", UUID.class)),
                row.getInt("quantity"),
                instant(row, "dispensed_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
