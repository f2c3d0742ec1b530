-- What may still be held of each product, split across a few rows ("slots") so that concurrent
-- checkouts of one product take their units from different rows instead of queueing on one.
-- For every product: sum(available) = sellable units on hand - units held, and sum(held) = the
-- units of its open holds. A checkout takes units from one slot with a conditional decrement; a
-- release gives them back to the slot they came from; receipts, adjustments, recalls and expiry
-- recompute the product's total and spread it again.
CREATE TABLE stock_slots (
    product_id uuid     NOT NULL REFERENCES products (id),
    slot       smallint NOT NULL CHECK (slot >= 0),
    available  integer  NOT NULL,
    held       integer  NOT NULL CHECK (held >= 0),
    PRIMARY KEY (product_id, slot)
);

ALTER TABLE stock_holds ADD COLUMN slot smallint NOT NULL DEFAULT 0;
ALTER TABLE stock_holds DROP CONSTRAINT stock_holds_one_per_order_line;
ALTER TABLE stock_holds ADD CONSTRAINT stock_holds_one_per_order_line_and_slot UNIQUE (order_id, product_id, slot);

-- today's figures into slot 0; lots inside the minimum shelf life are corrected when the
-- application starts (the expiry job spreads those products again)
WITH held AS (
    SELECT product_id, sum(quantity)::int AS units FROM stock_holds WHERE released_at IS NULL GROUP BY product_id
), sellable AS (
    SELECT product_id, sum(on_hand)::int AS units FROM batches
    WHERE status = 'ACTIVE' AND expiry_date > current_date GROUP BY product_id
)
INSERT INTO stock_slots (product_id, slot, available, held)
SELECT p.id, 0, coalesce(s.units, 0) - coalesce(h.units, 0), coalesce(h.units, 0)
FROM products p LEFT JOIN held h ON h.product_id = p.id LEFT JOIN sellable s ON s.product_id = p.id;
