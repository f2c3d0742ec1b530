-- Which network a session was opened from, as a digest (SHA-256 of the account and the address's
-- /24 or /64, never the address itself): an account's own networks still sign in while strangers'
-- attempts against the account are throttled.
ALTER TABLE sessions ADD COLUMN client_digest text;
CREATE INDEX sessions_by_user_and_client ON sessions (user_id, client_digest);
