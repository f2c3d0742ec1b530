-- The catalog (categories, products) and stock kept as lots with expiry dates, with the ledger of
-- every movement and the holds that reserve stock for open orders. The database guards the
-- invariants too: no negative stock, one lot number per product, prices above zero.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE categories (
    id        uuid PRIMARY KEY,
    name      text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    slug      text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    parent_id uuid REFERENCES categories (id) CHECK (parent_id <> id)
);

CREATE TABLE products (
    id                    uuid PRIMARY KEY,
    sku                   text        NOT NULL UNIQUE CHECK (sku ~ '^[A-Z0-9][A-Z0-9-]{0,63}$'),
    name                  text        NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    description           text        NOT NULL,
    manufacturer          text        NOT NULL,
    category_id           uuid        NOT NULL REFERENCES categories (id),
    price_minor           bigint      NOT NULL CHECK (price_minor > 0),
    currency              char(3)     NOT NULL,
    requires_prescription boolean     NOT NULL,
    reorder_level         integer     NOT NULL CHECK (reorder_level >= 0),
    active                boolean     NOT NULL,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    -- what ?q= searches: every word must occur in name, manufacturer or SKU, in any case
    search_text           text GENERATED ALWAYS AS (lower(name || ' ' || manufacturer || ' ' || sku)) STORED
);
CREATE INDEX products_search ON products USING gin (search_text gin_trgm_ops);
CREATE INDEX products_active ON products (id) WHERE active;
CREATE INDEX products_by_category ON products (category_id, id) WHERE active;
CREATE INDEX products_by_price ON products (price_minor, id) WHERE active;

CREATE TABLE batches (
    id               uuid PRIMARY KEY,
    product_id       uuid        NOT NULL REFERENCES products (id),
    lot_number       text        NOT NULL,
    expiry_date      date        NOT NULL,
    on_hand          integer     NOT NULL CHECK (on_hand >= 0),
    status           text        NOT NULL CHECK (status IN ('ACTIVE', 'RECALLED', 'EXPIRED', 'QUARANTINED')),
    receipt_sequence bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    received_at      timestamptz NOT NULL,
    CONSTRAINT batches_lot_per_product UNIQUE (product_id, lot_number)
);
CREATE INDEX batches_fefo ON batches (product_id, expiry_date, receipt_sequence);
CREATE INDEX batches_active_by_expiry ON batches (expiry_date) WHERE status = 'ACTIVE';

-- Every change of stock on hand, so that received ± adjustments = on hand + dispensed can be checked.
CREATE TABLE stock_movements (
    id          uuid PRIMARY KEY,
    batch_id    uuid        NOT NULL REFERENCES batches (id),
    kind        text        NOT NULL CHECK (kind IN ('RECEIPT', 'ADJUSTMENT', 'DISPENSED')),
    delta       integer     NOT NULL CHECK (delta <> 0),
    reason      text,
    order_id    uuid,
    actor_id    uuid,
    occurred_at timestamptz NOT NULL,
    CONSTRAINT stock_movements_reason CHECK (kind <> 'ADJUSTMENT' OR length(reason) > 0)
);
CREATE INDEX stock_movements_by_batch ON stock_movements (batch_id);

-- Units reserved for an open order, per product; released on cancellation, expiry or fulfilment.
CREATE TABLE stock_holds (
    id          uuid PRIMARY KEY,
    product_id  uuid        NOT NULL REFERENCES products (id),
    order_id    uuid        NOT NULL,
    quantity    integer     NOT NULL CHECK (quantity > 0),
    placed_at   timestamptz NOT NULL,
    released_at timestamptz,
    CONSTRAINT stock_holds_one_per_order_line UNIQUE (order_id, product_id)
);
CREATE INDEX stock_holds_open_by_product ON stock_holds (product_id) WHERE released_at IS NULL;
