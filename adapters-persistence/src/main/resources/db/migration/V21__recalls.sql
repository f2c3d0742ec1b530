-- Recalls traced to patients (issue 23). A recall keeps what it found when the lot was recalled:
-- the lot's figures, every patient who received units of it (with their order) and every open
-- order it left unserved and cancelled. A patient's notice is marked sent once the e-mail left.
ALTER TABLE orders DROP CONSTRAINT orders_cancellation_reason_check;
ALTER TABLE orders ADD CONSTRAINT orders_cancellation_reason_check
    CHECK (cancellation_reason IN ('customer', 'staff', 'expired', 'stock_recalled'));

CREATE TABLE recalls (
    id              uuid PRIMARY KEY,
    batch_id        uuid        NOT NULL UNIQUE REFERENCES batches (id),
    product_id      uuid        NOT NULL REFERENCES products (id),
    lot_number      text        NOT NULL,
    expiry_date     date        NOT NULL,
    reason          text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
    recall_class    text        NOT NULL CHECK (recall_class IN ('I', 'II', 'III')),
    instructions    text CHECK (length(instructions) BETWEEN 1 AND 2000),
    recalled_by     uuid        NOT NULL REFERENCES users (id),
    recalled_at     timestamptz NOT NULL,
    units_received  integer     NOT NULL CHECK (units_received >= 0),
    units_dispensed integer     NOT NULL CHECK (units_dispensed >= 0),
    units_on_hand   integer     NOT NULL CHECK (units_on_hand >= 0)
);
CREATE INDEX recalls_newest_first ON recalls (recalled_at DESC, id DESC);

CREATE TABLE recall_patients (
    recall_id      uuid        NOT NULL REFERENCES recalls (id),
    order_id       uuid        NOT NULL REFERENCES orders (id),
    customer_id    uuid        NOT NULL REFERENCES users (id),
    quantity       integer     NOT NULL CHECK (quantity > 0),
    dispensed_at   timestamptz NOT NULL,
    notice_sent_at timestamptz,
    PRIMARY KEY (recall_id, order_id)
);
CREATE INDEX recall_patients_by_customer ON recall_patients (customer_id);

CREATE TABLE recall_cancellations (
    recall_id     uuid NOT NULL REFERENCES recalls (id),
    order_id      uuid NOT NULL REFERENCES orders (id),
    customer_id   uuid NOT NULL REFERENCES users (id),
    status_before text NOT NULL,
    refund_id     uuid,
    PRIMARY KEY (recall_id, order_id)
);

-- the most urgent e-mails first: a class I recall notice is 0, everything else 1, class III 2
ALTER TABLE mail_queue ADD COLUMN priority smallint NOT NULL DEFAULT 1 CHECK (priority BETWEEN 0 AND 2);
DROP INDEX mail_queue_due;
CREATE INDEX mail_queue_due ON mail_queue (priority, next_attempt_at) WHERE sent_at IS NULL AND abandoned_at IS NULL;
