-- Purchase limits (issue 23): groups of medicines that count together, each with rules of the form
-- "at most so much in a rolling window", and the amount one unit of each product contains.
CREATE TABLE purchase_limit_groups (
    id   uuid PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    unit text NOT NULL CHECK (length(unit) BETWEEN 1 AND 100)
);

CREATE TABLE purchase_limit_rules (
    group_id       uuid     NOT NULL REFERENCES purchase_limit_groups (id) ON DELETE CASCADE,
    position       smallint NOT NULL,
    most           bigint   NOT NULL CHECK (most > 0),
    window_seconds bigint   NOT NULL CHECK (window_seconds BETWEEN 60 AND 31622400),
    PRIMARY KEY (group_id, position)
);

CREATE TABLE purchase_limit_products (
    group_id        uuid   NOT NULL REFERENCES purchase_limit_groups (id) ON DELETE CASCADE,
    product_id      uuid   NOT NULL REFERENCES products (id),
    amount_per_unit bigint NOT NULL CHECK (amount_per_unit > 0),
    PRIMARY KEY (group_id, product_id)
);
CREATE INDEX purchase_limit_products_by_product ON purchase_limit_products (product_id);
