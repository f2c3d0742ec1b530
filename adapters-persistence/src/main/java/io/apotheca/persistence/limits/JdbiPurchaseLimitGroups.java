package io.apotheca.persistence.limits;

import io.apotheca.application.limits.port.out.PurchaseLimitGroups;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.limits.PurchaseLimitGroup;
import io.apotheca.domain.limits.WindowRule;
import io.apotheca.persistence.JdbiContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Limit groups in {@code purchase_limit_groups}, with their rules and products in rows of their
 * own. Saving replaces a group whole, in the command's transaction.
 */
public final class JdbiPurchaseLimitGroups implements PurchaseLimitGroups {

    /** A group's own row. */
    private record Head(UUID id, String name, String unit) {}

    /** One product of a group, with the amount one unit of it contains. */
    private record Amount(UUID group, ProductId product, long perUnit) {}

    private final JdbiContext db;

    public JdbiPurchaseLimitGroups(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void save(UUID id, PurchaseLimitGroup group) {
        db.inTransaction(() -> db.with(h -> {
            h.createUpdate("""
                            INSERT INTO purchase_limit_groups (id, name, unit) VALUES (:id, :name, :unit)
                            ON CONFLICT (id) DO UPDATE SET name = excluded.name, unit = excluded.unit""")
                    .bind("id", id)
                    .bind("name", group.name())
                    .bind("unit", group.unit())
                    .execute();
            h.createUpdate("DELETE FROM purchase_limit_rules WHERE group_id = :id")
                    .bind("id", id)
                    .execute();
            h.createUpdate("DELETE FROM purchase_limit_products WHERE group_id = :id")
                    .bind("id", id)
                    .execute();
            for (int position = 0; position < group.rules().size(); position++) {
                WindowRule rule = group.rules().get(position);
                h.createUpdate("INSERT INTO purchase_limit_rules (group_id, position, most, window_seconds)"
                                + " VALUES (:id, :position, :most, :seconds)")
                        .bind("id", id)
                        .bind("position", position)
                        .bind("most", rule.most())
                        .bind("seconds", rule.window().toSeconds())
                        .execute();
            }
            group.amountPerUnit()
                    .forEach((product, amount) -> h.createUpdate(
                                    "INSERT INTO purchase_limit_products (group_id, product_id, amount_per_unit)"
                                            + " VALUES (:id, :product, :amount)")
                            .bind("id", id)
                            .bind("product", product.value())
                            .bind("amount", amount)
                            .execute());
            return null;
        }));
    }

    @Override
    public Optional<Stored> byId(UUID id) {
        return db.with(h -> groups(h, "WHERE g.id = :key", id)).stream().findFirst();
    }

    @Override
    public List<Stored> all() {
        return db.with(h -> groups(h, "", null));
    }

    @Override
    public List<Stored> containing(Collection<ProductId> products) {
        if (products.isEmpty()) {
            return List.of();
        }
        return db.with(h -> groups(
                h,
                "WHERE g.id IN (SELECT group_id FROM purchase_limit_products WHERE product_id = ANY(:key))",
                products.stream().map(ProductId::value).toArray(UUID[]::new)));
    }

    @Override
    public boolean delete(UUID id) {
        return db.with(h -> h.createUpdate("DELETE FROM purchase_limit_groups WHERE id = :id")
                        .bind("id", id)
                        .execute())
                > 0;
    }

    /** The groups the condition selects (by {@code :key}), by name, each read with its rules and products. */
    private static List<Stored> groups(Handle h, String condition, Object key) {
        var query = h.createQuery(
                "SELECT g.id, g.name, g.unit FROM purchase_limit_groups g " + condition + " ORDER BY g.name");
        if (key != null) {
            query.bind("key", key);
        }
        List<Head> heads = query.map((rs, ctx) ->
                        new Head(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("unit")))
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        UUID[] ids = heads.stream().map(Head::id).toArray(UUID[]::new);
        Map<UUID, List<WindowRule>> rules = new HashMap<>();
        h.createQuery("SELECT group_id, most, window_seconds FROM purchase_limit_rules"
                        + " WHERE group_id = ANY(:ids) ORDER BY group_id, position")
                .bind("ids", ids)
                .map((rs, ctx) -> Map.entry(
                        rs.getObject("group_id", UUID.class),
                        new WindowRule(rs.getLong("most"), Duration.ofSeconds(rs.getLong("window_seconds")))))
                .forEach(e -> rules.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        Map<UUID, Map<ProductId, Long>> amounts = new HashMap<>();
        h.createQuery("SELECT group_id, product_id, amount_per_unit FROM purchase_limit_products"
                        + " WHERE group_id = ANY(:ids)")
                .bind("ids", ids)
                .map((rs, ctx) -> new Amount(
                        rs.getObject("group_id", UUID.class),
                        new ProductId(rs.getObject("product_id", UUID.class)),
                        rs.getLong("amount_per_unit")))
                .forEach(a ->
                        amounts.computeIfAbsent(a.group(), k -> new HashMap<>()).put(a.product(), a.perUnit()));
        return heads.stream()
                .map(head -> new Stored(
                        head.id(),
                        new PurchaseLimitGroup(
                                head.name(),
                                head.unit(),
                                rules.getOrDefault(head.id(), List.of()),
                                amounts.getOrDefault(head.id(), Map.of()))))
                .toList();
    }
}
