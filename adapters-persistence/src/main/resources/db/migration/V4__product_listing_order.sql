-- Listings are ordered by name, then id: this index serves every keyset page in that order, so
-- page 1,000 costs what page 1 costs.
CREATE INDEX products_listing ON products (name, id) WHERE active;
