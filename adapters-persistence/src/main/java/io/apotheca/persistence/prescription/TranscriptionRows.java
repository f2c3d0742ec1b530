package io.apotheca.persistence.prescription;

import io.apotheca.domain.catalog.DrugSchedule;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.prescription.PrescribedItem;
import io.apotheca.domain.prescription.PrescriptionId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** The items of transcribed prescriptions, in {@code prescription_items}, one row per medicine. */
final class TranscriptionRows {

    private TranscriptionRows() {}

    /**
     * Records the items once; a prescription's items never change after its approval. Before it, a
     * pharmacist may correct what an electronic prescription was sent with: items it no longer names
     * go (none of them has a fill: only approved items are filled).
     */
    static void replace(Handle h, PrescriptionId prescription, List<PrescribedItem> items) {
        h.createUpdate("DELETE FROM prescription_items WHERE prescription_id = :prescription AND NOT id = ANY(:kept)")
                .bind("prescription", prescription.value())
                .bindArray(
                        "kept",
                        UUID.class,
                        items.stream().map(PrescribedItem::id).toList())
                .execute();
        insert(h, prescription, items);
    }

    private static void insert(Handle h, PrescriptionId prescription, List<PrescribedItem> items) {
        for (int position = 0; position < items.size(); position++) {
            PrescribedItem item = items.get(position);
            h.createUpdate("""
                            INSERT INTO prescription_items (id, prescription_id, position, product_id, schedule,
                                quantity_per_fill, directions, days_supply, refills_authorised)
                            VALUES (:id, :prescription, :position, :product, :schedule, :quantity, :directions,
                                :days, :refills)
                            ON CONFLICT (id) DO NOTHING""")
                    .bind("id", item.id())
                    .bind("prescription", prescription.value())
                    .bind("position", position)
                    .bind("product", item.productId().value())
                    .bind("schedule", item.schedule().map(DrugSchedule::name).orElse(null))
                    .bind("quantity", item.quantityPerFill().units())
                    .bind("directions", item.directions())
                    .bind("days", item.daysSupply())
                    .bind("refills", item.refillsAuthorised())
                    .execute();
        }
    }

    /** One row of {@code prescription_items} (its columns by their own names). */
    static PrescribedItem item(ResultSet rs) throws SQLException {
        return new PrescribedItem(
                rs.getObject("id", UUID.class),
                new ProductId(rs.getObject("product_id", UUID.class)),
                Optional.ofNullable(rs.getString("schedule")).map(DrugSchedule::valueOf),
                Quantity.of(rs.getInt("quantity_per_fill")),
                rs.getString("directions"),
                rs.getInt("days_supply"),
                rs.getInt("refills_authorised"));
    }

    /** The items of these prescriptions, by prescription, each in its transcribed order. */
    static Map<UUID, List<PrescribedItem>> of(Handle h, List<UUID> prescriptions) {
        Map<UUID, List<PrescribedItem>> items = new HashMap<>();
        if (prescriptions.isEmpty()) {
            return items;
        }
        h.createQuery("""
                        SELECT id, prescription_id, product_id, schedule, quantity_per_fill, directions, days_supply,
                            refills_authorised
                        FROM prescription_items WHERE prescription_id = ANY(:ids) ORDER BY prescription_id, position""")
                .bindArray("ids", UUID.class, prescriptions)
                .map((rs, ctx) -> Map.entry(rs.getObject("prescription_id", UUID.class), item(rs)))
                .forEach(e -> items.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return items;
    }
}
