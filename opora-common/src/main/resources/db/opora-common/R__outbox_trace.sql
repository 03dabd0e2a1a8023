-- The W3C trace context (traceparent) of the request that wrote an outbox row (opora-common): the relay sends it as
-- the Kafka record's traceparent header, so that one trace follows a change from the HTTP request to every consumer.
-- Repeatable and idempotent (ADD COLUMN IF NOT EXISTS), like R__audit_reach.sql: no versioned number of its own.
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS traceparent varchar(64);
