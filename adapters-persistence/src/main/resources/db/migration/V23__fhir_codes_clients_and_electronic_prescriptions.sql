-- FHIR (issue 26): standard codes on products, prescribers' systems as API clients, and
-- prescriptions those systems send, already transcribed, kept with the message as it came.

-- A standard code (RxNorm, NDC, ATC, SNOMED CT...) names one product at most.
CREATE TABLE product_codes (
    product_id uuid NOT NULL REFERENCES products (id),
    system     text NOT NULL CHECK (length(system) BETWEEN 1 AND 210),
    code       text NOT NULL CHECK (length(code) BETWEEN 1 AND 100),
    position   smallint NOT NULL,
    CONSTRAINT product_codes_name_one_product UNIQUE (system, code),
    CONSTRAINT product_codes_in_order UNIQUE (product_id, position)
);
CREATE INDEX product_codes_of_product ON product_codes (product_id, position);

-- A prescriber's system: signs in with the client-credentials grant. Only the SHA-256 of its
-- secret (256 random bits) is kept.
CREATE TABLE api_clients (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    secret_hash char(64)    NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL,
    created_by  uuid        NOT NULL REFERENCES users (id),
    revoked_at  timestamptz,
    revoked_by  uuid REFERENCES users (id),
    CONSTRAINT api_clients_revocation_is_whole CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);

-- The message an electronic prescription came in is its document.
ALTER TABLE prescriptions DROP CONSTRAINT prescriptions_document_type_check;
ALTER TABLE prescriptions ADD CONSTRAINT prescriptions_document_type_check
    CHECK (document_type IN ('PDF', 'JPEG', 'PNG', 'FHIR_JSON'));

-- Where an electronic prescription came from; its transcription waits in the usual columns and
-- items for a pharmacist to verify it. A message identifier is kept once.
ALTER TABLE prescriptions
    ADD COLUMN sent_by           uuid REFERENCES api_clients (id),
    ADD COLUMN message_system    text,
    ADD COLUMN message_value     text,
    ADD CONSTRAINT prescriptions_message_is_whole CHECK (
        (sent_by IS NULL) = (message_system IS NULL) AND (sent_by IS NULL) = (message_value IS NULL)),
    ADD CONSTRAINT prescriptions_sent_are_for_no_order CHECK (sent_by IS NULL OR order_id IS NULL),
    ADD CONSTRAINT prescriptions_sent_carry_their_message CHECK ((sent_by IS NULL) = (document_type <> 'FHIR_JSON'));
CREATE UNIQUE INDEX prescriptions_one_per_message ON prescriptions (message_system, message_value)
    WHERE sent_by IS NOT NULL;
