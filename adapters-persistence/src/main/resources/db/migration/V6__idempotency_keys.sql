-- Idempotency-Key: the first request with a key claims it; the same key with the same request
-- replays the stored response; with another request it is refused. Kept 24 hours. A claim whose
-- command died (lease past) may be taken over by a retry.
CREATE TABLE idempotency_keys (
    user_id         uuid        NOT NULL,
    scope           text        NOT NULL,
    key             text        NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
    fingerprint     text        NOT NULL,
    state           text        NOT NULL CHECK (state IN ('IN_FLIGHT', 'COMPLETED')),
    response_status integer,
    response_type   text,
    response_body   text,
    created_at      timestamptz NOT NULL,
    lease_until     timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    PRIMARY KEY (user_id, scope, key),
    CONSTRAINT idempotency_keys_completed CHECK ((state = 'COMPLETED') = (response_status IS NOT NULL))
);
CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at);
