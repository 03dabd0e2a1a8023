-- Tables of the shared mechanisms (opora-common), present in every service's database.

-- Transactional outbox: events written with the change they describe, published by the relay in seq order.
CREATE TABLE outbox_event (
    id           uuid PRIMARY KEY,
    seq          bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    topic        varchar(200) NOT NULL,
    message_key  varchar(200) NOT NULL,
    event_type   varchar(200) NOT NULL,
    payload      text         NOT NULL,
    created_at   timestamptz  NOT NULL,
    published_at timestamptz
);
CREATE INDEX outbox_event_pending_idx ON outbox_event (seq) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published_idx ON outbox_event (published_at) WHERE published_at IS NOT NULL;

-- Idempotent consumers: one row per (consumer, event) applied, written in the handler's transaction.
CREATE TABLE processed_event (
    consumer     varchar(200) NOT NULL,
    event_id     uuid         NOT NULL,
    processed_at timestamptz  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

-- Audit trail of every read and write of family data.
CREATE TABLE audit_entry (
    id                 uuid PRIMARY KEY,
    occurred_at        timestamptz  NOT NULL,
    actor_subject      varchar(200) NOT NULL,
    actor_username     varchar(200),
    actor_organization varchar(100),
    action             varchar(100) NOT NULL,
    resource_type      varchar(100) NOT NULL,
    resource_ids       uuid[]       NOT NULL,
    endpoint           varchar(300) NOT NULL
);
CREATE INDEX audit_entry_resource_ids_idx ON audit_entry USING gin (resource_ids);
CREATE INDEX audit_entry_org_time_idx ON audit_entry (actor_organization, occurred_at);
CREATE INDEX audit_entry_actor_time_idx ON audit_entry (actor_subject, occurred_at);
