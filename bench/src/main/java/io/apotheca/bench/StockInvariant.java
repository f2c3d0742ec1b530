package io.apotheca.bench;

import io.apotheca.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stock invariant, read straight from the database after a run: each rule is a count of the rows
 * that break it, and every count must be 0.
 */
final class StockInvariant {

    /** Lots inside this many days of expiry are not sold (the default minimum shelf life). */
    private static final int MIN_SHELF_LIFE_DAYS = 30;

    private static final Map<String, String> RULES = new LinkedHashMap<>();

    static {
        RULES.put("lots where received ± adjustments ≠ on hand + dispensed", """
                SELECT count(*) FROM batches b WHERE
                  (SELECT coalesce(sum(delta) FILTER (WHERE kind IN ('RECEIPT', 'ADJUSTMENT')), 0)
                   FROM stock_movements m WHERE m.batch_id = b.id)
                  <> b.on_hand + (SELECT coalesce(-sum(delta), 0) FROM stock_movements m
                                  WHERE m.batch_id = b.id AND kind = 'DISPENSED')""");
        RULES.put("products where on hand ≠ available + held + unsellable", """
                SELECT count(*) FROM (
                  SELECT p.id,
                    (SELECT coalesce(sum(on_hand), 0) FROM batches b WHERE b.product_id = p.id) AS on_hand,
                    (SELECT coalesce(sum(available), 0) + coalesce(sum(held), 0) FROM stock_slots s
                     WHERE s.product_id = p.id) AS available_and_held,
                    (SELECT coalesce(sum(on_hand), 0) FROM batches b WHERE b.product_id = p.id
                     AND (b.status <> 'ACTIVE' OR b.expiry_date < current_date + %d)) AS unsellable
                  FROM products p) figures
                WHERE on_hand <> available_and_held + unsellable""".formatted(MIN_SHELF_LIFE_DAYS));
        RULES.put("products oversold: units held beyond the sellable stock", """
                SELECT count(*) FROM (
                  SELECT h.product_id, sum(h.quantity) AS held FROM stock_holds h
                  WHERE h.released_at IS NULL GROUP BY h.product_id) holds
                JOIN (SELECT product_id, sum(on_hand) AS sellable FROM batches
                      WHERE status = 'ACTIVE' AND expiry_date >= current_date + %d GROUP BY product_id) stock
                  USING (product_id)
                WHERE holds.held > stock.sellable""".formatted(MIN_SHELF_LIFE_DAYS));
        RULES.put("products whose slots disagree with their open holds", """
                SELECT count(*) FROM (SELECT product_id, sum(held) AS held FROM stock_slots GROUP BY product_id) s
                WHERE s.held <> (SELECT coalesce(sum(quantity), 0) FROM stock_holds h
                                 WHERE h.product_id = s.product_id AND h.released_at IS NULL)""");
        RULES.put("open holds without a waiting order", """
                SELECT count(*) FROM stock_holds h LEFT JOIN orders o ON o.id = h.order_id
                WHERE h.released_at IS NULL
                  AND (o.id IS NULL OR o.status NOT IN ('AWAITING_PRESCRIPTION', 'AWAITING_PAYMENT', 'PAID', 'CONFIRMED'))""");
        RULES.put("fulfilled order lines whose dispensed units ≠ their quantity", """
                SELECT count(*) FROM order_lines l JOIN orders o ON o.id = l.order_id
                WHERE o.status IN ('FULFILLED', 'SHIPPED', 'DELIVERED')
                  AND l.quantity <> (SELECT coalesce(-sum(m.delta), 0) FROM stock_movements m
                                     JOIN batches b ON b.id = m.batch_id
                                     WHERE m.order_id = o.id AND m.kind = 'DISPENSED' AND b.product_id = l.product_id)""");
    }

    private StockInvariant() {}

    /** Each rule with the number of rows that break it. */
    static Map<String, Long> check(TestDatabase db) throws SQLException {
        Map<String, Long> broken = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement sql = connection.createStatement()) {
            for (Map.Entry<String, String> rule : RULES.entrySet()) {
                try (ResultSet count = sql.executeQuery(rule.getValue())) {
                    count.next();
                    broken.put(rule.getKey(), count.getLong(1));
                }
            }
        }
        return broken;
    }
}
