-- Case files (issue 13). Every family row is one organization's case file of a household; a household known to
-- several organizations is several files, each owned by its organization, linked to each other. Today's families
-- become their owners' case files unchanged; their intake source was not recorded.
ALTER TABLE family ADD COLUMN intake_source varchar(30) NOT NULL DEFAULT 'NOT_RECORDED';
-- The organization the family came from (an Opora organization id or the name of a school, a doctor...), no person.
ALTER TABLE family ADD COLUMN intake_from varchar(200);
-- The referral it came through, when it came through Opora.
ALTER TABLE family ADD COLUMN intake_referral_id uuid;

-- A link between two organizations' files of one household, stored once per side (each side lists its links with
-- one indexed read); erasing either file deletes both rows.
CREATE TABLE case_link (
    id                  uuid          NOT NULL,
    family_id           uuid          NOT NULL REFERENCES family (id) ON DELETE CASCADE,
    linked_family_id    uuid          NOT NULL REFERENCES family (id) ON DELETE CASCADE,
    linked_organization varchar(100)  NOT NULL,
    referral_id         uuid,
    linked_by           varchar(100)  NOT NULL,
    linked_at           timestamptz   NOT NULL,
    PRIMARY KEY (id, family_id),
    CONSTRAINT case_link_pair UNIQUE (family_id, linked_family_id),
    CONSTRAINT case_link_not_self CHECK (family_id <> linked_family_id)
);

-- A request to erase a closed file, waiting for a second person's approval (one at a time per file).
CREATE TABLE erasure_request (
    id            uuid          PRIMARY KEY,
    family_id     uuid          NOT NULL UNIQUE REFERENCES family (id) ON DELETE CASCADE,
    ground        varchar(40)   NOT NULL,
    reason        varchar(2000) NOT NULL,
    requested_by  varchar(100)  NOT NULL,
    requested_at  timestamptz   NOT NULL
);

-- The register of erasures, kept for the auditor: when, whose file, by whom, on which ground. No personal data of
-- the family (the family id points at nothing once erased; the free-text reason is not kept).
CREATE TABLE erasure_register (
    id            uuid          PRIMARY KEY,
    family_id     uuid          NOT NULL,
    organization  varchar(100)  NOT NULL,
    ground        varchar(40)   NOT NULL,
    requested_by  varchar(100)  NOT NULL,
    requested_at  timestamptz   NOT NULL,
    approved_by   varchar(100)  NOT NULL,
    erased_at     timestamptz   NOT NULL
);
CREATE INDEX erasure_register_org_idx ON erasure_register (organization, erased_at DESC, id DESC);

-- What an erased file contributed to the funders' figures, without anything that identifies the family: one row
-- per fact the statistics count (the case, its closures, its contacts, its agreed plans), grouped by an erasure id
-- that stands for the family. Statistics add these rows to the live ones, so past figures do not change.
CREATE TABLE erased_figure (
    id             bigserial     PRIMARY KEY,
    erasure_id     uuid          NOT NULL,
    organization   varchar(100)  NOT NULL,
    kind           varchar(20)   NOT NULL CHECK (kind IN ('CASE', 'CLOSURE', 'CONTACT', 'PLAN')),
    at             timestamptz,
    on_day         date,
    contact_type   varchar(40),
    minutes        integer,
    children       integer,
    goals          integer,
    achieved       integer
);
CREATE INDEX erased_figure_org_idx ON erased_figure (organization, kind, on_day, at);
