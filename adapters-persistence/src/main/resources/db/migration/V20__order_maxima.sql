-- Purchase limits (issue 23): the most units of a product one order may hold, where an
-- administrator set one. Checkout counts earlier purchases from the orders themselves, by customer
-- and time, with the index below.
CREATE TABLE product_order_maxima (
    product_id uuid     PRIMARY KEY REFERENCES products (id),
    max_units  smallint NOT NULL CHECK (max_units BETWEEN 1 AND 99)
);

CREATE INDEX orders_by_customer_and_time ON orders (customer_id, placed_at);

-- a limit group's name is unique whatever its case, as the administrators' API says
CREATE UNIQUE INDEX purchase_limit_groups_name_folded ON purchase_limit_groups (lower(name));
