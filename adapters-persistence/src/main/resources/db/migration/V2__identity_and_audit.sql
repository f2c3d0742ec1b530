-- Accounts, pharmacists' licences, sessions with rotating refresh tokens, and the audit trail.

CREATE TABLE users (
    id            uuid PRIMARY KEY,
    email         text        NOT NULL CHECK (email = lower(email)),
    full_name     text        NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    role          text        NOT NULL CHECK (role IN ('CUSTOMER', 'PHARMACIST', 'ADMIN')),
    active        boolean     NOT NULL,
    password_hash text        NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE UNIQUE INDEX users_email_key ON users (email);

CREATE TABLE pharmacist_licences (
    pharmacist_id        uuid PRIMARY KEY REFERENCES users (id),
    license_number       text        NOT NULL,
    license_jurisdiction text        NOT NULL,
    status               text        NOT NULL CHECK (status IN ('PENDING_VERIFICATION', 'VERIFIED', 'REJECTED', 'SUSPENDED')),
    registered_at        timestamptz NOT NULL,
    decided_by           uuid REFERENCES users (id),
    decided_at           timestamptz,
    reason               text,
    CONSTRAINT pharmacist_licences_licence_key UNIQUE (license_jurisdiction, license_number),
    CONSTRAINT pharmacist_licences_decision CHECK ((status = 'PENDING_VERIFICATION') = (decided_by IS NULL))
);
CREATE INDEX pharmacist_licences_by_status ON pharmacist_licences (status, pharmacist_id);

-- A session is a family of refresh tokens; revoking it ends every token and access token of it.
CREATE TABLE sessions (
    id            uuid PRIMARY KEY,
    user_id       uuid        NOT NULL REFERENCES users (id),
    created_at    timestamptz NOT NULL,
    revoked_at    timestamptz,
    revoke_reason text
);
CREATE INDEX sessions_open_by_user ON sessions (user_id) WHERE revoked_at IS NULL;

-- Only the SHA-256 of a refresh token is kept.
CREATE TABLE refresh_tokens (
    id         uuid PRIMARY KEY,
    session_id uuid        NOT NULL REFERENCES sessions (id),
    parent_id  uuid REFERENCES refresh_tokens (id),
    user_id    uuid        NOT NULL REFERENCES users (id),
    token_hash char(64)    NOT NULL UNIQUE,
    expires_at timestamptz NOT NULL,
    spent_at   timestamptz
);
CREATE INDEX refresh_tokens_by_session ON refresh_tokens (session_id);

-- The audit trail: append-only, hash-chained. Details hold ids and reasons, never personal data.
CREATE TABLE audit_log (
    sequence      bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id            uuid PRIMARY KEY,
    occurred_at   timestamptz NOT NULL,
    actor_id      text        NOT NULL,
    actor_role    text        NOT NULL,
    action        text        NOT NULL,
    target_type   text        NOT NULL,
    target_id     text        NOT NULL,
    request_id    text,
    details       jsonb       NOT NULL,
    previous_hash char(64)    NOT NULL UNIQUE, -- two entries after one entry would be a fork
    hash          char(64)    NOT NULL UNIQUE
);
CREATE INDEX audit_log_by_actor ON audit_log (actor_id, sequence);
CREATE INDEX audit_log_by_target ON audit_log (target_id, sequence);
CREATE INDEX audit_log_by_action ON audit_log (action, sequence);

CREATE FUNCTION audit_log_refuses_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is refused', TG_OP;
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuses_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuses_change();
