-- Prescriptions uploaded for orders, one row per upload, with the state of its review. The document
-- itself lives in the content-addressed document store, named by document_sha256.
CREATE TABLE prescriptions (
    id               uuid PRIMARY KEY,
    order_id         uuid        NOT NULL REFERENCES orders (id),
    customer_id      uuid        NOT NULL REFERENCES users (id),
    status           text        NOT NULL CHECK (status IN ('PENDING_REVIEW', 'APPROVED', 'REJECTED', 'EXPIRED')),
    document_sha256  char(64)    NOT NULL CHECK (document_sha256 ~ '^[0-9a-f]{64}$'),
    document_type    text        NOT NULL CHECK (document_type IN ('PDF', 'JPEG', 'PNG')),
    document_size    bigint      NOT NULL CHECK (document_size BETWEEN 1 AND 10485760),
    uploaded_at      timestamptz NOT NULL,
    claimed_by       uuid REFERENCES users (id),
    claim_expires_at timestamptz,
    reviewed_by      uuid REFERENCES users (id),
    reviewed_at      timestamptz,
    remark           text,
    valid_until      date,
    expired_at       timestamptz,
    CONSTRAINT prescriptions_claim_is_whole CHECK ((claimed_by IS NULL) = (claim_expires_at IS NULL)),
    CONSTRAINT prescriptions_decided_have_a_reviewer CHECK (
        (status = 'PENDING_REVIEW') = (reviewed_by IS NULL AND reviewed_at IS NULL)),
    CONSTRAINT prescriptions_rejected_have_a_reason CHECK (status <> 'REJECTED' OR remark IS NOT NULL),
    CONSTRAINT prescriptions_approved_have_a_validity CHECK (
        status NOT IN ('APPROVED', 'EXPIRED') OR valid_until IS NOT NULL),
    CONSTRAINT prescriptions_expired_have_a_time CHECK ((status = 'EXPIRED') = (expired_at IS NOT NULL))
);
CREATE INDEX prescriptions_by_status ON prescriptions (status, id);
CREATE INDEX prescriptions_by_customer ON prescriptions (customer_id, id);
CREATE INDEX prescriptions_by_order ON prescriptions (order_id, id);
CREATE INDEX prescriptions_approved_by_validity ON prescriptions (valid_until) WHERE status = 'APPROVED';
