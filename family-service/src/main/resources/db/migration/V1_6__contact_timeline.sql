-- family-service: contacts (interventions) and the family's timeline.
CREATE TABLE contact (
    id               uuid PRIMARY KEY,
    family_id        uuid          NOT NULL REFERENCES family (id) ON DELETE CASCADE,
    occurred_on      date          NOT NULL,
    duration_minutes integer       NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    type             varchar(30)   NOT NULL,
    topics           varchar(100)[] NOT NULL,
    member_ids       uuid[]        NOT NULL,
    goal_ids         uuid[]        NOT NULL,
    summary          varchar(8000),
    recorded_by      varchar(200)  NOT NULL,
    recorded_at      timestamptz   NOT NULL,
    version          bigint        NOT NULL
);
CREATE INDEX contact_family_idx ON contact (family_id, occurred_on DESC, id DESC);
-- Statistics count contacts per organization, period and type (via the family).
CREATE INDEX contact_occurred_idx ON contact (occurred_on, type);

CREATE TABLE contact_worker (
    contact_id  uuid         NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    worker      varchar(200) NOT NULL,
    worker_name varchar(200) NOT NULL,
    PRIMARY KEY (contact_id, worker)
);

-- One chronological view of what happened with a family: its own records and what other services report.
CREATE TABLE timeline_entry (
    id          uuid PRIMARY KEY,
    family_id   uuid          NOT NULL REFERENCES family (id) ON DELETE CASCADE,
    occurred_at timestamptz   NOT NULL,
    kind        varchar(60)   NOT NULL,
    summary     varchar(500)  NOT NULL,
    ref_type    varchar(40),
    ref_id      uuid,
    source      varchar(60)   NOT NULL,
    actor       varchar(200)
);
CREATE INDEX timeline_entry_family_idx ON timeline_entry (family_id, occurred_at DESC, id DESC);
