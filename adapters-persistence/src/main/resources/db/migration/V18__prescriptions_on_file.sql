-- Prescriptions kept on file (issue 22): an upload need not be for an order; an approval records
-- the pharmacist's transcription (prescriber, date written, items); each item's fills are kept,
-- reserved by an order at checkout and dispensed with it.

ALTER TABLE prescriptions ALTER COLUMN order_id DROP NOT NULL;
ALTER TABLE prescriptions DROP CONSTRAINT prescriptions_status_check;
ALTER TABLE prescriptions ADD CONSTRAINT prescriptions_status_check
    CHECK (status IN ('PENDING_REVIEW', 'APPROVED', 'REJECTED', 'EXPIRED', 'EXHAUSTED'));
ALTER TABLE prescriptions DROP CONSTRAINT prescriptions_approved_have_a_validity;
ALTER TABLE prescriptions ADD CONSTRAINT prescriptions_approved_have_a_validity
    CHECK (status NOT IN ('APPROVED', 'EXPIRED', 'EXHAUSTED') OR valid_until IS NOT NULL);
ALTER TABLE prescriptions
    ADD COLUMN prescriber_name         text,
    ADD COLUMN prescriber_registration text,
    ADD COLUMN prescriber_dea          char(9),
    ADD COLUMN written_on              date,
    ADD COLUMN exhausted_at            timestamptz;

-- What a pharmacist transcribed: one row per medicine on the prescription.
CREATE TABLE prescription_items (
    id                 uuid PRIMARY KEY,
    prescription_id    uuid     NOT NULL REFERENCES prescriptions (id),
    position           smallint NOT NULL,
    product_id         uuid     NOT NULL REFERENCES products (id),
    schedule           text CHECK (schedule IN ('CII', 'CIII', 'CIV', 'CV')),
    quantity_per_fill  integer  NOT NULL CHECK (quantity_per_fill BETWEEN 1 AND 99),
    directions         text     NOT NULL,
    days_supply        integer  NOT NULL CHECK (days_supply BETWEEN 1 AND 365),
    refills_authorised integer  NOT NULL CHECK (refills_authorised BETWEEN 0 AND 99),
    CONSTRAINT prescription_items_each_product_once UNIQUE (prescription_id, product_id),
    CONSTRAINT prescription_items_in_order UNIQUE (prescription_id, position)
);
CREATE INDEX prescription_items_by_product ON prescription_items (product_id);

-- A fill: reserved by an order at checkout (or at approval, for an order's own upload), then
-- dispensed with the order, or released when the order is cancelled or expires.
CREATE TABLE prescription_fills (
    id           uuid PRIMARY KEY,
    item_id      uuid        NOT NULL REFERENCES prescription_items (id),
    order_id     uuid        NOT NULL REFERENCES orders (id),
    quantity     integer     NOT NULL CHECK (quantity BETWEEN 1 AND 99),
    reserved_at  timestamptz NOT NULL,
    released_at  timestamptz,
    dispensed_at timestamptz,
    dispensed_by uuid REFERENCES users (id),
    CONSTRAINT prescription_fills_released_or_dispensed CHECK (released_at IS NULL OR dispensed_at IS NULL),
    CONSTRAINT prescription_fills_dispensed_by_someone CHECK ((dispensed_at IS NULL) = (dispensed_by IS NULL))
);
CREATE UNIQUE INDEX prescription_fills_one_per_order_and_item ON prescription_fills (item_id, order_id)
    WHERE released_at IS NULL;
CREATE INDEX prescription_fills_of_order ON prescription_fills (order_id) WHERE released_at IS NULL;
CREATE INDEX prescription_fills_of_item ON prescription_fills (item_id);

-- Prescriptions approved before transcriptions existed: their items are their order's
-- prescription-only lines (no refills, a month's supply, as directed), written on the day uploaded.
-- An order approved twice (which the review did not allow, but data outlives rules) keeps its
-- first approval; the others are expired, so that they never serve a fill of their own.
UPDATE prescriptions p SET status = 'EXPIRED', expired_at = now()
WHERE p.status = 'APPROVED' AND p.id <> (SELECT q.id FROM prescriptions q WHERE q.order_id = p.order_id
                                          AND q.status IN ('APPROVED', 'EXPIRED') ORDER BY q.reviewed_at, q.id LIMIT 1);
UPDATE prescriptions SET written_on = (uploaded_at AT TIME ZONE 'UTC')::date
WHERE status IN ('APPROVED', 'EXPIRED');

INSERT INTO prescription_items (id, prescription_id, position, product_id, schedule, quantity_per_fill,
                                directions, days_supply, refills_authorised)
SELECT gen_random_uuid(), p.id, l.position, l.product_id, pr.schedule, l.quantity,
       'As directed (approved for its order without a transcription)', 30, 0
FROM prescriptions p
JOIN order_lines l ON l.order_id = p.order_id AND l.requires_prescription
JOIN products pr ON pr.id = l.product_id
WHERE p.status IN ('APPROVED', 'EXPIRED');

-- Each such order's fill: dispensed when the order was, by the pharmacist who dispensed it (else
-- the one who approved); still reserved while the order is open or paid; none once cancelled.
INSERT INTO prescription_fills (id, item_id, order_id, quantity, reserved_at, dispensed_at, dispensed_by)
SELECT gen_random_uuid(), i.id, o.id, i.quantity_per_fill, p.reviewed_at, o.fulfilled_at,
       CASE WHEN o.fulfilled_at IS NULL THEN NULL ELSE coalesce(
           (SELECT m.actor_id FROM stock_movements m JOIN users u ON u.id = m.actor_id
            WHERE m.order_id = o.id AND m.kind = 'DISPENSED' ORDER BY m.occurred_at LIMIT 1),
           p.reviewed_by) END
FROM prescription_items i
JOIN prescriptions p ON p.id = i.prescription_id
JOIN orders o ON o.id = p.order_id
WHERE (o.fulfilled_at IS NOT NULL OR o.status IN ('AWAITING_PAYMENT', 'PAID', 'CONFIRMED'))
  AND p.id = (SELECT q.id FROM prescriptions q WHERE q.order_id = p.order_id
              AND q.status IN ('APPROVED', 'EXPIRED') ORDER BY q.reviewed_at, q.id LIMIT 1);

-- A prescription whose every authorised fill was dispensed is exhausted.
UPDATE prescriptions p SET status = 'EXHAUSTED', exhausted_at = o.fulfilled_at, expired_at = NULL
FROM orders o
WHERE o.id = p.order_id AND p.status IN ('APPROVED', 'EXPIRED') AND o.fulfilled_at IS NOT NULL
  AND EXISTS (SELECT 1 FROM prescription_items i WHERE i.prescription_id = p.id)
  AND NOT EXISTS (SELECT 1 FROM prescription_items i WHERE i.prescription_id = p.id
                  AND (SELECT count(*) FROM prescription_fills f
                       WHERE f.item_id = i.id AND f.dispensed_at IS NOT NULL) < 1 + i.refills_authorised);

-- A controlled medicine needs a transcription naming the prescriber's DEA number: an old approval
-- that names one serves no further fill (the fill its own open order holds stays).
UPDATE prescriptions p SET status = 'EXPIRED', expired_at = now()
WHERE p.status = 'APPROVED' AND p.prescriber_name IS NULL
  AND EXISTS (SELECT 1 FROM prescription_items i WHERE i.prescription_id = p.id AND i.schedule IS NOT NULL);

ALTER TABLE prescriptions ADD CONSTRAINT prescriptions_exhausted_have_a_time
    CHECK ((status = 'EXHAUSTED') = (exhausted_at IS NOT NULL));
ALTER TABLE prescriptions ADD CONSTRAINT prescriptions_prescriber_is_whole
    CHECK ((prescriber_name IS NULL) = (prescriber_registration IS NULL)
           AND (prescriber_dea IS NULL OR prescriber_name IS NOT NULL));
ALTER TABLE prescriptions ADD CONSTRAINT prescriptions_approved_are_transcribed
    CHECK (status IN ('PENDING_REVIEW', 'REJECTED') OR written_on IS NOT NULL);
