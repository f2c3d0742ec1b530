-- Payments: one row per attempt to pay an order (unique per order and attempt number: the attempt
-- number is part of the provider's idempotency key), refunds against them, and the inbox of the
-- provider's webhook events (each event id once).
CREATE TABLE payments (
    id                  uuid PRIMARY KEY,
    order_id            uuid        NOT NULL REFERENCES orders (id),
    attempt             integer     NOT NULL CHECK (attempt >= 1),
    method              text        NOT NULL CHECK (method IN ('CARD', 'CASH_ON_DELIVERY')),
    amount_minor        bigint      NOT NULL CHECK (amount_minor > 0),
    currency            char(3)     NOT NULL,
    provider_payment_id text UNIQUE,
    status              text        NOT NULL CHECK (status IN ('REQUIRES_PAYMENT', 'SUCCEEDED', 'CANCELED',
                                    'CONFIRMED', 'COLLECTED')),
    last_failure        text,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    CONSTRAINT payments_one_row_per_attempt UNIQUE (order_id, attempt),
    CONSTRAINT payments_method_status CHECK (
        (method = 'CASH_ON_DELIVERY') = (status IN ('CONFIRMED', 'COLLECTED')))
);
CREATE INDEX payments_open ON payments (created_at) WHERE status = 'REQUIRES_PAYMENT';

CREATE TABLE refunds (
    id                 uuid PRIMARY KEY,
    payment_id         uuid        NOT NULL REFERENCES payments (id),
    order_id           uuid        NOT NULL REFERENCES orders (id),
    amount_minor       bigint      NOT NULL CHECK (amount_minor > 0),
    currency           char(3)     NOT NULL,
    reason             text        NOT NULL CHECK (length(reason) > 0),
    status             text        NOT NULL CHECK (status IN ('REQUESTED', 'PENDING', 'SUCCEEDED', 'FAILED')),
    provider_refund_id text UNIQUE,
    requested_by       uuid REFERENCES users (id),
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL
);
CREATE INDEX refunds_by_order ON refunds (order_id, created_at);
CREATE INDEX refunds_unanswered ON refunds (created_at) WHERE status = 'REQUESTED';

CREATE TABLE provider_events (
    id                  text PRIMARY KEY,
    type                text        NOT NULL,
    created_at          timestamptz NOT NULL,
    provider_payment_id text,
    payment_id          text,
    provider_refund_id  text,
    amount_minor        bigint,
    currency            char(3),
    status              text,
    failure             text,
    received_at         timestamptz NOT NULL,
    processed_at        timestamptz,
    attempts            integer     NOT NULL DEFAULT 0,
    last_error          text,
    retry_at            timestamptz NOT NULL
);
CREATE INDEX provider_events_due ON provider_events (retry_at) WHERE processed_at IS NULL;

-- A refunded order's dispensed units are recorded as quarantined (never back on sale): a ledger
-- entry that moves nothing on hand.
ALTER TABLE stock_movements DROP CONSTRAINT stock_movements_delta_check;
ALTER TABLE stock_movements DROP CONSTRAINT stock_movements_kind_check;
ALTER TABLE stock_movements ADD CONSTRAINT stock_movements_kind_check
    CHECK (kind IN ('RECEIPT', 'ADJUSTMENT', 'DISPENSED', 'QUARANTINED'));
ALTER TABLE stock_movements ADD CONSTRAINT stock_movements_delta_check
    CHECK ((kind = 'QUARANTINED') = (delta = 0));
ALTER TABLE stock_movements ADD CONSTRAINT stock_movements_quarantine_reason
    CHECK (kind <> 'QUARANTINED' OR length(reason) > 0);

-- A refunded order remembers when, and from which state, so its history stays readable.
ALTER TABLE orders ADD COLUMN refunded_at timestamptz;
ALTER TABLE orders ADD COLUMN refunded_from text;
ALTER TABLE orders ADD CONSTRAINT orders_refunded_have_a_time CHECK ((status = 'REFUNDED') = (refunded_at IS NOT NULL));
