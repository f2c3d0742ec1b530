-- Orders and their lines, priced and named as at checkout; the state columns fill as the order
-- moves through its life. Holds of open orders live in stock_holds (V3).
CREATE TABLE orders (
    id                  uuid PRIMARY KEY,
    customer_id         uuid        NOT NULL REFERENCES users (id),
    status              text        NOT NULL CHECK (status IN ('AWAITING_PRESCRIPTION', 'AWAITING_PAYMENT', 'PAID',
                                    'CONFIRMED', 'FULFILLED', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED')),
    currency            char(3)     NOT NULL,
    total_minor         bigint      NOT NULL CHECK (total_minor > 0),
    shipping_address    jsonb       NOT NULL,
    placed_at           timestamptz NOT NULL,
    hold_expires_at     timestamptz,
    payment_reference   text,
    paid_at             timestamptz,
    confirmed_at        timestamptz,
    fulfilled_at        timestamptz,
    shipped_at          timestamptz,
    delivered_at        timestamptz,
    cancelled_at        timestamptz,
    cancellation_reason text CHECK (cancellation_reason IN ('customer', 'staff', 'expired')),
    CONSTRAINT orders_open_have_a_hold CHECK (
        status NOT IN ('AWAITING_PRESCRIPTION', 'AWAITING_PAYMENT') OR hold_expires_at IS NOT NULL),
    CONSTRAINT orders_cancelled_have_a_reason CHECK ((status = 'CANCELLED') = (cancellation_reason IS NOT NULL))
);
CREATE INDEX orders_by_customer ON orders (customer_id, id DESC);
CREATE INDEX orders_by_status ON orders (status, id DESC);
CREATE INDEX orders_open_by_hold_expiry ON orders (hold_expires_at)
    WHERE status IN ('AWAITING_PRESCRIPTION', 'AWAITING_PAYMENT');

CREATE TABLE order_lines (
    order_id              uuid    NOT NULL REFERENCES orders (id),
    position              integer NOT NULL,
    product_id            uuid    NOT NULL REFERENCES products (id),
    name                  text    NOT NULL,
    quantity              integer NOT NULL CHECK (quantity BETWEEN 1 AND 99),
    unit_price_minor      bigint  NOT NULL CHECK (unit_price_minor > 0),
    requires_prescription boolean NOT NULL,
    lots                  jsonb   NOT NULL DEFAULT '[]',
    PRIMARY KEY (order_id, position)
);

ALTER TABLE stock_holds ADD CONSTRAINT stock_holds_order FOREIGN KEY (order_id) REFERENCES orders (id);
