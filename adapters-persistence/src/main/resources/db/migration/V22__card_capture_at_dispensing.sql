-- Cards charged at dispensing: a card attempt may be authorised (the card holds the amount) and then
-- asked to be captured for what is dispensed; the capture asked is kept with the attempt until the
-- provider confirms it, and the attempt's amount then becomes what was taken. Lines not dispensed
-- (and not charged) are withdrawn from their order: kept for its history, no longer part of it.
ALTER TABLE payments DROP CONSTRAINT payments_status_check;
ALTER TABLE payments ADD CONSTRAINT payments_status_check CHECK (status IN ('REQUIRES_PAYMENT', 'AUTHORISED',
    'CAPTURE_REQUESTED', 'SUCCEEDED', 'CANCELED', 'CONFIRMED', 'COLLECTED'));
ALTER TABLE payments ADD COLUMN capture_minor bigint CHECK (capture_minor > 0);
ALTER TABLE payments ADD COLUMN withdrawn_products uuid[] NOT NULL DEFAULT '{}';
ALTER TABLE payments ADD CONSTRAINT payments_capture_asked
    CHECK (status <> 'CAPTURE_REQUESTED' OR capture_minor IS NOT NULL);

DROP INDEX payments_open;
CREATE INDEX payments_open ON payments (created_at) WHERE status IN ('REQUIRES_PAYMENT', 'AUTHORISED');

ALTER TABLE order_lines ADD COLUMN withdrawn boolean NOT NULL DEFAULT false;

-- Stripe's payment_intent.amount_capturable_updated, in our words.
ALTER TABLE provider_events DROP CONSTRAINT provider_events_kind;
ALTER TABLE provider_events ADD CONSTRAINT provider_events_kind CHECK (type IN (
    'payment_succeeded', 'payment_failed', 'payment_canceled', 'payment_authorised', 'refund_changed',
    'nothing_to_do'));
