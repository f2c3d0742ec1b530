-- Order totals and catalog media: tax categories and rates, shipping options, the tax and shipping
-- each order was placed with, and product pictures.

ALTER TABLE products ADD COLUMN tax_category text NOT NULL DEFAULT 'STANDARD'
    CHECK (tax_category IN ('STANDARD', 'REDUCED', 'EXEMPT'));
-- prescription-only medicines are exempt unless an administrator files them otherwise
UPDATE products SET tax_category = 'EXEMPT' WHERE requires_prescription;
ALTER TABLE products ALTER COLUMN tax_category DROP DEFAULT;

-- One row per taxed category; a category without a row is untaxed.
CREATE TABLE tax_rates (
    category   text         PRIMARY KEY CHECK (category IN ('STANDARD', 'REDUCED', 'EXEMPT')),
    percent    numeric(6, 3) NOT NULL CHECK (percent >= 0 AND percent <= 100),
    updated_at timestamptz  NOT NULL,
    CHECK (category <> 'EXEMPT' OR percent = 0)
);

-- Never deleted: orders name the option they were shipped with.
CREATE TABLE shipping_options (
    id              uuid PRIMARY KEY,
    name            text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    currency        char(3)     NOT NULL,
    price_minor     bigint      NOT NULL CHECK (price_minor >= 0),
    free_over_minor bigint      CHECK (free_over_minor > 0),
    active          boolean     NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);
CREATE INDEX shipping_options_active ON shipping_options (active);

-- Each line's tax as worked out at checkout; lines placed before tax existed were untaxed.
ALTER TABLE order_lines ADD COLUMN tax_category text NOT NULL DEFAULT 'EXEMPT'
    CHECK (tax_category IN ('STANDARD', 'REDUCED', 'EXEMPT'));
ALTER TABLE order_lines ADD COLUMN tax_rate numeric(6, 3) NOT NULL DEFAULT 0 CHECK (tax_rate >= 0 AND tax_rate <= 100);
ALTER TABLE order_lines ADD COLUMN tax_minor bigint NOT NULL DEFAULT 0 CHECK (tax_minor >= 0);
ALTER TABLE order_lines ALTER COLUMN tax_category DROP DEFAULT;
ALTER TABLE order_lines ALTER COLUMN tax_rate DROP DEFAULT;
ALTER TABLE order_lines ALTER COLUMN tax_minor DROP DEFAULT;

-- The order's totals as placed: total = subtotal + tax + shipping, never recomputed.
ALTER TABLE orders ADD COLUMN subtotal_minor bigint;
ALTER TABLE orders ADD COLUMN tax_minor bigint NOT NULL DEFAULT 0 CHECK (tax_minor >= 0);
ALTER TABLE orders ADD COLUMN shipping_minor bigint NOT NULL DEFAULT 0 CHECK (shipping_minor >= 0);
ALTER TABLE orders ADD COLUMN shipping_option_id uuid REFERENCES shipping_options (id);
ALTER TABLE orders ADD COLUMN shipping_name text NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN shipping_free_over_threshold boolean NOT NULL DEFAULT false;
UPDATE orders SET subtotal_minor = total_minor;
ALTER TABLE orders ALTER COLUMN subtotal_minor SET NOT NULL;
ALTER TABLE orders ADD CONSTRAINT orders_total_adds_up
    CHECK (total_minor = subtotal_minor + tax_minor + shipping_minor);
ALTER TABLE orders ALTER COLUMN tax_minor DROP DEFAULT;
ALTER TABLE orders ALTER COLUMN shipping_minor DROP DEFAULT;
ALTER TABLE orders ALTER COLUMN shipping_name DROP DEFAULT;
ALTER TABLE orders ALTER COLUMN shipping_free_over_threshold DROP DEFAULT;

-- A product's pictures; the bytes are in the document store under their SHA-256.
CREATE TABLE product_images (
    id           uuid PRIMARY KEY,
    product_id   uuid        NOT NULL REFERENCES products (id),
    sha256       char(64)    NOT NULL,
    content_type text        NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    size_bytes   bigint      NOT NULL CHECK (size_bytes > 0),
    width        integer     NOT NULL CHECK (width > 0),
    height       integer     NOT NULL CHECK (height > 0),
    position     integer     NOT NULL CHECK (position BETWEEN 0 AND 7),
    added_at     timestamptz NOT NULL,
    CONSTRAINT product_images_position UNIQUE (product_id, position) DEFERRABLE INITIALLY DEFERRED
);
