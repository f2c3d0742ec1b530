-- Provider events are kept in the pharmacy's words, not Stripe's: the Stripe adapter translates
-- an event's type and its object's status into one kind, and the inbox stores that kind.
--   payment_succeeded  the money arrived (the PaymentIntent itself said succeeded)
--   payment_failed     a declined card; failure holds the reason code
--   payment_canceled   the attempt was called off
--   refund_changed     a refund moved; status holds REQUESTED/PENDING/SUCCEEDED/FAILED
--   nothing_to_do      kept so a redelivery is known as one; note says what it was
ALTER TABLE provider_events ADD COLUMN note text;

UPDATE provider_events SET
    note = CASE
        WHEN type = 'payment_intent.succeeded' AND status IS DISTINCT FROM 'succeeded'
            THEN 'a success whose payment is ' || coalesce(status, 'of no status')
        WHEN type IN ('refund.created', 'refund.updated', 'refund.failed') AND provider_refund_id IS NULL
            THEN 'Stripe''s ' || type || ' without a refund'
        WHEN type NOT IN ('payment_intent.succeeded', 'payment_intent.payment_failed', 'payment_intent.canceled',
                          'refund.created', 'refund.updated', 'refund.failed')
            THEN 'Stripe''s ' || type
        END,
    status = CASE
        WHEN type IN ('refund.created', 'refund.updated', 'refund.failed') THEN
            CASE status WHEN 'succeeded' THEN 'SUCCEEDED' WHEN 'failed' THEN 'FAILED' WHEN 'canceled' THEN 'FAILED'
                        ELSE 'PENDING' END
        END,
    failure = CASE WHEN type = 'payment_intent.payment_failed' THEN coalesce(failure, 'payment_failed') END,
    type = CASE
        WHEN type = 'payment_intent.succeeded' AND status = 'succeeded' THEN 'payment_succeeded'
        WHEN type = 'payment_intent.payment_failed' THEN 'payment_failed'
        WHEN type = 'payment_intent.canceled' THEN 'payment_canceled'
        WHEN type IN ('refund.created', 'refund.updated', 'refund.failed') AND provider_refund_id IS NOT NULL
            THEN 'refund_changed'
        ELSE 'nothing_to_do'
        END;

ALTER TABLE provider_events ADD CONSTRAINT provider_events_kind CHECK (type IN (
    'payment_succeeded', 'payment_failed', 'payment_canceled', 'refund_changed', 'nothing_to_do'));
