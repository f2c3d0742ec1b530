-- The outbox: domain events written in the same transaction as the change they describe, then
-- handed to the event publisher by a relay, at least once, in order.
CREATE TABLE outbox (
    sequence       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id             uuid        NOT NULL UNIQUE,
    type           text        NOT NULL,
    aggregate_type text        NOT NULL,
    aggregate_id   text        NOT NULL,
    payload        jsonb       NOT NULL,
    occurred_at    timestamptz NOT NULL,
    published_at   timestamptz,
    attempts       integer     NOT NULL DEFAULT 0
);
CREATE INDEX outbox_unpublished ON outbox (sequence) WHERE published_at IS NULL;
