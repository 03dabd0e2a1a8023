-- Idempotency keys of creating requests (opora-common): a client that lost the answer to a POST repeats it with
-- the same Idempotency-Key and gets the record the first request created instead of a second one. Repeatable and
-- idempotent (IF NOT EXISTS), like R__audit_reach.sql, so that it applies whatever versions a database already has.
CREATE TABLE IF NOT EXISTS idempotent_request (
    subject         varchar(200) NOT NULL,
    idempotency_key varchar(200) NOT NULL,
    operation       varchar(100) NOT NULL,
    fingerprint     varchar(64)  NOT NULL,
    resource_id     uuid,
    created_at      timestamptz  NOT NULL,
    PRIMARY KEY (subject, idempotency_key)
);
CREATE INDEX IF NOT EXISTS idempotent_request_created_idx ON idempotent_request (created_at);
