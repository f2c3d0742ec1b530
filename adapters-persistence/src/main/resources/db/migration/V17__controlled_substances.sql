-- A product may be a controlled substance of a US federal schedule (21 CFR 1308); a controlled
-- product is always prescription-only.
ALTER TABLE products
    ADD COLUMN schedule text CHECK (schedule IN ('CII', 'CIII', 'CIV', 'CV')),
    ADD CONSTRAINT products_controlled_is_prescription_only CHECK (schedule IS NULL OR requires_prescription);
