-- Events leave the building (issue 27): webhook endpoints, and one delivery queue in which the
-- relay queues each event once per destination (the broker: endpoint_id NULL; or one endpoint).

CREATE TABLE webhook_endpoints (
    id                      uuid PRIMARY KEY,
    url                     text        NOT NULL CHECK (length(url) BETWEEN 1 AND 2000),
    event_types             text[]      NOT NULL CHECK (cardinality(event_types) > 0),
    active                  boolean     NOT NULL,
    secret                  text        NOT NULL,
    previous_secret         text,
    previous_secret_until   timestamptz,
    disabled_reason         text,
    created_by              uuid        NOT NULL REFERENCES users (id),
    created_at              timestamptz NOT NULL,
    CONSTRAINT webhook_endpoints_previous_secret CHECK ((previous_secret IS NULL) = (previous_secret_until IS NULL))
);
CREATE INDEX webhook_endpoints_active ON webhook_endpoints USING gin (event_types) WHERE active;

CREATE TABLE event_deliveries (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id             uuid        NOT NULL REFERENCES outbox (id),
    endpoint_id          uuid REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    -- deliveries about one record reach one destination in order
    ordering_key         text        NOT NULL,
    status               text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'GIVEN_UP', 'SKIPPED')),
    attempts             integer     NOT NULL DEFAULT 0,
    queued_at            timestamptz NOT NULL,
    next_attempt_at      timestamptz NOT NULL,
    last_attempt_at      timestamptz,
    last_response_status integer,
    last_error           text,
    delivered_at         timestamptz
);
CREATE UNIQUE INDEX event_deliveries_once_to_broker ON event_deliveries (event_id) WHERE endpoint_id IS NULL;
CREATE UNIQUE INDEX event_deliveries_once_per_endpoint ON event_deliveries (event_id, endpoint_id)
    WHERE endpoint_id IS NOT NULL;
CREATE INDEX event_deliveries_pending ON event_deliveries (endpoint_id, ordering_key, id) WHERE status = 'PENDING';
CREATE INDEX event_deliveries_due ON event_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX event_deliveries_log ON event_deliveries (endpoint_id, id DESC);
