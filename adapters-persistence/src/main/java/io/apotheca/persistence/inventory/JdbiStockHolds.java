package io.apotheca.persistence.inventory;

import io.apotheca.application.inventory.port.out.StockHolds;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.order.OrderId;
import io.apotheca.persistence.JdbiContext;
import io.apotheca.persistence.OneTrip;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Handle;

/**
 * Holds in {@code stock_holds}, and what may still be held in {@code stock_slots}: {@value #SLOTS}
 * rows per product, each with its share of the available units and the units held from it. A
 * checkout takes its units from one free slot with a conditional decrement; only when no single slot
 * can serve it does it lock all of the product's slots, in slot order, and take from several.
 */
public final class JdbiStockHolds implements StockHolds {

    /** How many rows a product's available stock is split into. */
    static final int SLOTS = 8;

    private static final String TAKE_FREE_SLOT = """
            UPDATE stock_slots SET available = available - :quantity, held = held + :quantity
            WHERE product_id = :product AND slot = (
                SELECT slot FROM stock_slots WHERE product_id = :product AND available >= :quantity
                ORDER BY (slot + :slots - :start) % :slots LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING slot""";
    private static final String TAKE_BUSY_SLOT = """
            UPDATE stock_slots SET available = available - :quantity, held = held + :quantity
            WHERE product_id = :product AND available >= :quantity AND slot = (
                SELECT slot FROM stock_slots WHERE product_id = :product AND available >= :quantity
                ORDER BY (slot + :slots - :start) % :slots LIMIT 1)
            RETURNING slot""";
    /** What all of a product's slots could still give, as last committed. */
    private static final String UNLOCKED_TOTAL =
            "SELECT coalesce(sum(greatest(available, 0)), 0)::int FROM stock_slots WHERE product_id = :product";
    /** Every slot of every product the order holds, in lock order: products, then slots. */
    private static final String LOCK_SLOTS_OF_ORDERED_PRODUCTS = """
            SELECT s.product_id FROM stock_slots s
            WHERE s.product_id IN (SELECT h.product_id FROM stock_holds h
                                   WHERE h.order_id = :order AND h.released_at IS NULL)
            ORDER BY s.product_id, s.slot FOR UPDATE""";
    /**
     * A product whose stock fell below its held units carries the shortfall in a slot of its own;
     * units given back would otherwise land in other slots and be held again though not sellable.
     * Such a product's slots are spread again: evenly, or, still short, the shortfall in slot 0.
     */
    private static final String RESPREAD_SHORT_PRODUCTS = """
            WITH short AS (SELECT product_id, sum(available) AS total, count(*) AS slots FROM stock_slots
                           WHERE product_id = ANY(:products) GROUP BY product_id HAVING min(available) < 0)
            UPDATE stock_slots s SET available = CASE
                WHEN t.total < 0 THEN CASE WHEN s.slot = 0 THEN t.total ELSE 0 END
                ELSE t.total / t.slots + CASE WHEN s.slot < t.total % t.slots THEN 1 ELSE 0 END END
            FROM short t WHERE s.product_id = t.product_id""";
    /** Closing as a release: the units may be held again. */
    private static final String GIVE_BACK = """
            WITH closed AS (UPDATE stock_holds SET released_at = :at WHERE order_id = :order AND released_at IS NULL
                            RETURNING product_id, slot, quantity)
            UPDATE stock_slots s SET available = s.available + c.quantity, held = s.held - c.quantity
            FROM closed c WHERE s.product_id = c.product_id AND s.slot = c.slot""";
    /** Closing as dispensed: the units leave the held count, and nothing comes back. */
    private static final String SETTLE = """
            WITH closed AS (UPDATE stock_holds SET released_at = :at WHERE order_id = :order AND released_at IS NULL
                            RETURNING product_id, slot, quantity)
            UPDATE stock_slots s SET held = s.held - c.quantity
            FROM closed c WHERE s.product_id = c.product_id AND s.slot = c.slot""";

    /**
     * A hold taken in one statement, for a round trip that cannot look at answers: a free slot with
     * enough units, else (only if none was free) a busy one, waiting for its lock; the slot is chosen
     * once (materialised), and the hold is recorded with the slot it came from. Values: the product and units (for each slot), the slot to start
     * from, then the hold's id, order and time. When neither slot serves, nothing is recorded: the
     * trip's closing check ({@link #EXPECT_HELD}) then undoes it all.
     */
    private static final String HOLD_AT_ONCE = """
            WITH wanted AS (SELECT ?::uuid AS product, ?::int AS quantity, ?::int AS start),
            free_slot AS MATERIALIZED (
                SELECT s.slot FROM stock_slots s, wanted w
                WHERE s.product_id = w.product AND s.available >= w.quantity
                ORDER BY (s.slot + %1$d - w.start) %% %1$d LIMIT 1 FOR UPDATE OF s SKIP LOCKED),
            busy_slot AS MATERIALIZED (
                SELECT s.slot FROM stock_slots s, wanted w
                WHERE NOT EXISTS (SELECT 1 FROM free_slot)
                  AND s.product_id = w.product AND s.available >= w.quantity
                ORDER BY (s.slot + %1$d - w.start) %% %1$d LIMIT 1),
            taken AS (
                UPDATE stock_slots s SET available = s.available - w.quantity, held = s.held + w.quantity
                FROM wanted w
                WHERE s.product_id = w.product AND s.available >= w.quantity
                  AND s.slot = (SELECT slot FROM free_slot UNION ALL SELECT slot FROM busy_slot LIMIT 1)
                RETURNING s.slot)
            INSERT INTO stock_holds (id, product_id, order_id, quantity, placed_at, slot)
            SELECT ?, w.product, ?, w.quantity, ?, t.slot FROM wanted w, taken t""".formatted(SLOTS);

    /** Values: how many lines (twice), then the order; stops the trip unless each line was held once. */
    private static final String EXPECT_HELD = "SELECT apotheca_expect(count(*) = ? AND count(DISTINCT product_id) = ?,"
            + " 'every line held, once') FROM stock_holds WHERE order_id = ?";

    private final JdbiContext db;

    public JdbiStockHolds(JdbiContext db) {
        this.db = db;
    }

    @Override
    public int heldOf(ProductId product) {
        return db.with(
                h -> h.createQuery("SELECT coalesce(sum(held), 0)::int FROM stock_slots WHERE product_id = :product")
                        .bind("product", product.value())
                        .mapTo(Integer.class)
                        .one());
    }

    @Override
    public Map<ProductId, Integer> heldOf(List<ProductId> products) {
        if (products.isEmpty()) {
            return Map.of();
        }
        return db.with(h -> h.createQuery("SELECT product_id, sum(held)::int AS held FROM stock_slots"
                        + " WHERE product_id = ANY(:products) GROUP BY product_id")
                .bindArray(
                        "products",
                        UUID.class,
                        products.stream().map(ProductId::value).toList())
                .reduceRows(new HashMap<ProductId, Integer>(), (held, row) -> {
                    held.put(
                            new ProductId(row.getColumn("product_id", UUID.class)),
                            row.getColumn("held", Integer.class));
                    return held;
                }));
    }

    @Override
    public boolean hold(UUID holdId, OrderId order, ProductId product, int quantity, Instant at) {
        return db.with(h -> {
            int start = ThreadLocalRandom.current().nextInt(SLOTS);
            Optional<Integer> slot =
                    take(h, TAKE_FREE_SLOT, product, quantity, start).or(() -> takeBusy(h, product, quantity, start));
            if (slot.isPresent()) {
                record(h, holdId, order, product, slot.get(), quantity, at);
                return true;
            }
            return takeFromSeveral(h, holdId, order, product, quantity, at);
        });
    }

    /**
     * Adds to a round trip the holds of an order's lines, in the order given (product order: the lock
     * order of the stock), and the check that stops the trip unless all of them were taken.
     */
    public static void holdAtOnce(OneTrip trip, OrderId order, List<Hold> holds, Instant at) {
        for (Hold hold : holds) {
            trip.execute(
                    HOLD_AT_ONCE,
                    hold.product().value(),
                    hold.quantity(),
                    ThreadLocalRandom.current().nextInt(SLOTS),
                    hold.id(),
                    order.value(),
                    at.atOffset(ZoneOffset.UTC));
        }
        trip.query(EXPECT_HELD, rows -> {}, holds.size(), holds.size(), order.value());
    }

    /** One line's hold, as {@link #holdAtOnce} takes it. */
    public record Hold(UUID id, ProductId product, int quantity) {}

    @Override
    public void releaseAll(OrderId order, Instant at) {
        close(order, at, GIVE_BACK, true);
    }

    @Override
    public void releaseOf(OrderId order, java.util.Set<ProductId> products, Instant at) {
        if (products.isEmpty()) {
            return;
        }
        UUID[] only = products.stream().map(ProductId::value).toArray(UUID[]::new);
        db.with(h -> {
            List<UUID> locked = h
                    .createQuery(LOCK_SLOTS_OF_ORDERED_PRODUCTS.replace(
                            "h.released_at IS NULL", "h.released_at IS NULL AND h.product_id = ANY(:only)"))
                    .bind("order", order.value())
                    .bindArray("only", UUID.class, (Object[]) only)
                    .mapTo(UUID.class)
                    .list()
                    .stream()
                    .distinct()
                    .toList();
            h.createUpdate(GIVE_BACK.replace("released_at IS NULL", "released_at IS NULL AND product_id = ANY(:only)"))
                    .bind("order", order.value())
                    .bind("at", at.atOffset(ZoneOffset.UTC))
                    .bindArray("only", UUID.class, (Object[]) only)
                    .execute();
            if (!locked.isEmpty()) {
                h.createUpdate(RESPREAD_SHORT_PRODUCTS)
                        .bindArray("products", UUID.class, locked)
                        .execute();
            }
            return null;
        });
    }

    @Override
    public void settleAll(OrderId order, Instant at) {
        close(order, at, SETTLE, false);
    }

    @Override
    public int lock(ProductId product) {
        return db.with(h -> {
            h.createUpdate("INSERT INTO stock_slots (product_id, slot, available, held)"
                            + " SELECT :product, s, 0, 0 FROM generate_series(0, :slots - 1) s ON CONFLICT DO NOTHING")
                    .bind("product", product.value())
                    .bind("slots", SLOTS)
                    .execute();
            return slotsOf(h, product, "held").values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
        });
    }

    @Override
    public void spread(ProductId product, int sellableOnHand) {
        db.with(h -> {
            Map<Integer, Integer> heldBySlot = slotsOf(h, product, "held");
            List<Integer> slots = List.copyOf(heldBySlot.keySet());
            int held = heldBySlot.values().stream().mapToInt(Integer::intValue).sum();
            int total = sellableOnHand - held;
            for (int i = 0; i < slots.size(); i++) {
                int share =
                        total < 0 ? (i == 0 ? total : 0) : total / slots.size() + (i < total % slots.size() ? 1 : 0);
                h.createUpdate("UPDATE stock_slots SET available = :share WHERE product_id = :product AND slot = :slot")
                        .bind("share", share)
                        .bind("product", product.value())
                        .bind("slot", slots.get(i))
                        .execute();
            }
            return null;
        });
    }

    private static Optional<Integer> take(Handle h, String sql, ProductId product, int quantity, int start) {
        return h.createQuery(sql)
                .bind("quantity", quantity)
                .bind("product", product.value())
                .bind("slots", SLOTS)
                .bind("start", start)
                .mapTo(Integer.class)
                .findOne();
    }

    /**
     * Waits for one busy slot that had enough. PostgreSQL keeps the row locked even when, after the
     * wait, the slot no longer has enough; that lock, out of slot order, could deadlock the
     * all-slots path, so the attempt runs under a savepoint that is rolled back when it fails.
     */
    private static Optional<Integer> takeBusy(Handle h, ProductId product, int quantity, int start) {
        h.savepoint("busy_slot");
        Optional<Integer> slot = take(h, TAKE_BUSY_SLOT, product, quantity, start);
        if (slot.isPresent()) {
            h.release("busy_slot");
        } else {
            h.rollbackToSavepoint("busy_slot");
        }
        return slot;
    }

    /**
     * No single slot has enough: lock them all in slot order and take from as many as needed. A
     * product whose slots together fall short, read without locks, is refused at once: when a product
     * sells out, its refusals do not queue behind one another for every slot's lock.
     */
    private static boolean takeFromSeveral(
            Handle h, UUID holdId, OrderId order, ProductId product, int quantity, Instant at) {
        if (h.createQuery(UNLOCKED_TOTAL)
                        .bind("product", product.value())
                        .mapTo(Integer.class)
                        .one()
                < quantity) {
            return false;
        }
        Map<Integer, Integer> available = slotsOf(h, product, "available");
        if (available.values().stream().mapToInt(a -> Math.max(a, 0)).sum() < quantity) {
            return false;
        }
        int missing = quantity;
        for (Map.Entry<Integer, Integer> slot : available.entrySet()) {
            int take = Math.min(missing, Math.max(slot.getValue(), 0));
            if (take == 0) {
                continue;
            }
            h.createUpdate("UPDATE stock_slots SET available = available - :take, held = held + :take"
                            + " WHERE product_id = :product AND slot = :slot")
                    .bind("take", take)
                    .bind("product", product.value())
                    .bind("slot", slot.getKey())
                    .execute();
            UUID id = missing == quantity
                    ? holdId
                    : UUID.nameUUIDFromBytes((holdId + "/" + slot.getKey()).getBytes(StandardCharsets.UTF_8));
            record(h, id, order, product, slot.getKey(), take, at);
            missing -= take;
            if (missing == 0) {
                break;
            }
        }
        return true;
    }

    /** One column of the product's slots by slot, in slot order, locked until the transaction ends. */
    private static Map<Integer, Integer> slotsOf(Handle h, ProductId product, String column) {
        return h.createQuery("SELECT slot, " + column + " AS value FROM stock_slots WHERE product_id = :product"
                        + " ORDER BY slot FOR UPDATE")
                .bind("product", product.value())
                .reduceRows(new LinkedHashMap<Integer, Integer>(), (slots, row) -> {
                    slots.put(row.getColumn("slot", Integer.class), row.getColumn("value", Integer.class));
                    return slots;
                });
    }

    private static void record(
            Handle h, UUID id, OrderId order, ProductId product, int slot, int quantity, Instant at) {
        h.createUpdate("INSERT INTO stock_holds (id, product_id, order_id, quantity, placed_at, slot)"
                        + " VALUES (:id, :product, :order, :quantity, :at, :slot)")
                .bind("id", id)
                .bind("product", product.value())
                .bind("order", order.value())
                .bind("quantity", quantity)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .bind("slot", slot)
                .execute();
    }

    /**
     * Closes the order's open holds with all slots of their products locked, so that a product
     * whose stock fell below what it held can be spread again once its units are given back.
     */
    private void close(OrderId order, Instant at, String closing, boolean givesBack) {
        db.with(h -> {
            List<UUID> products = h
                    .createQuery(LOCK_SLOTS_OF_ORDERED_PRODUCTS)
                    .bind("order", order.value())
                    .mapTo(UUID.class)
                    .list()
                    .stream()
                    .distinct()
                    .toList();
            h.createUpdate(closing)
                    .bind("order", order.value())
                    .bind("at", at.atOffset(ZoneOffset.UTC))
                    .execute();
            if (givesBack && !products.isEmpty()) {
                h.createUpdate(RESPREAD_SHORT_PRODUCTS)
                        .bindArray("products", UUID.class, products)
                        .execute();
            }
            return null;
        });
    }
}
