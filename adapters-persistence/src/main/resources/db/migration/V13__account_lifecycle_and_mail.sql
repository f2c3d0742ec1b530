-- The account lifecycle: e-mail verification, deletion with anonymisation, the single-use tokens of
-- e-mailed links, and the queue of e-mails the domain events cause.

ALTER TABLE users ADD COLUMN email_verified_at timestamptz;
ALTER TABLE users ADD COLUMN deleted_at timestamptz;
-- accounts opened before verification existed have been in use: they count as verified
UPDATE users SET email_verified_at = created_at;
ALTER TABLE users ADD CONSTRAINT users_deleted_cannot_sign_in CHECK (deleted_at IS NULL OR NOT active);

-- Only the SHA-256 of a token is kept; the token itself exists only in the e-mail.
CREATE TABLE account_tokens (
    id         uuid PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES users (id),
    purpose    text        NOT NULL CHECK (purpose IN ('EMAIL_VERIFICATION', 'PASSWORD_RESET')),
    token_hash char(64)    NOT NULL UNIQUE,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL CHECK (expires_at > issued_at),
    used_at    timestamptz
);
CREATE INDEX account_tokens_by_user ON account_tokens (user_id, purpose);

-- One e-mail per domain event and recipient, however often the relay hands the event over. A sender
-- claims due rows by moving next_attempt_at past a lease; a failure moves it to the retry time.
CREATE TABLE mail_queue (
    id              uuid PRIMARY KEY,
    event_id        uuid        NOT NULL,
    recipient_id    uuid        NOT NULL REFERENCES users (id),
    kind            text        NOT NULL,
    data            jsonb       NOT NULL,
    queued_at       timestamptz NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    sent_at         timestamptz,
    abandoned_at    timestamptz,
    last_error      text,
    CONSTRAINT mail_queue_once_per_event_and_recipient UNIQUE (event_id, recipient_id)
);
CREATE INDEX mail_queue_due ON mail_queue (next_attempt_at) WHERE sent_at IS NULL AND abandoned_at IS NULL;
