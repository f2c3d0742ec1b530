-- Carts: one row per customer and product. Also the durable copy behind a Redis cart.
CREATE TABLE cart_lines (
    user_id    uuid        NOT NULL REFERENCES users (id),
    product_id uuid        NOT NULL REFERENCES products (id),
    quantity   integer     NOT NULL CHECK (quantity BETWEEN 1 AND 99),
    position   bigint GENERATED ALWAYS AS IDENTITY,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (user_id, product_id)
);
