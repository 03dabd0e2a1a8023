-- family-service: the household in full: team, member details, lifecycle, search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Search: household label and members' names, lower case without diacritics ("novakova jana petr").
ALTER TABLE family ADD COLUMN search_name varchar(2000) NOT NULL DEFAULT '';
ALTER TABLE family ADD COLUMN search_municipality varchar(100) NOT NULL DEFAULT '';
ALTER TABLE family ADD COLUMN key_worker_name varchar(200);
ALTER TABLE family ADD COLUMN closed_at timestamptz;
ALTER TABLE family ADD COLUMN closure_reason varchar(40);
ALTER TABLE family ADD COLUMN closure_summary varchar(4000);
UPDATE family SET search_name = lower(name), search_municipality = lower(municipality);

-- Every filter of the family search has an index that starts with the organization.
CREATE INDEX family_search_name_trgm_idx ON family USING gin (search_name gin_trgm_ops);
CREATE INDEX family_org_status_created_idx ON family (owning_organization, status, created_at DESC, id DESC);
CREATE INDEX family_org_municipality_created_idx ON family (owning_organization, search_municipality, created_at DESC, id DESC);
CREATE INDEX family_org_key_worker_created_idx ON family (owning_organization, key_worker, created_at DESC, id DESC);
CREATE INDEX family_org_name_idx ON family (owning_organization, search_name, id);

-- The team around the family besides the key worker: family assistant, community worker, pedagogical assistant.
CREATE TABLE family_team_member (
    id          uuid PRIMARY KEY,
    family_id   uuid         NOT NULL REFERENCES family (id) ON DELETE CASCADE,
    worker      varchar(200) NOT NULL,
    worker_name varchar(200) NOT NULL,
    role        varchar(40)  NOT NULL,
    UNIQUE (family_id, worker)
);
CREATE INDEX family_team_member_worker_idx ON family_team_member (worker, family_id);

ALTER TABLE family_member ADD COLUMN relation varchar(100);
ALTER TABLE family_member ADD COLUMN phone varchar(40);
ALTER TABLE family_member ADD COLUMN email varchar(200);
ALTER TABLE family_member ADD COLUMN school varchar(200);
ALTER TABLE family_member ADD COLUMN school_class varchar(20);
ALTER TABLE family_member ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE family_member DROP CONSTRAINT family_member_family_id_position_key;

-- Status history (activation, closure, reopening) with the reason given.
CREATE TABLE family_status_change (
    id          uuid PRIMARY KEY,
    family_id   uuid         NOT NULL REFERENCES family (id) ON DELETE CASCADE,
    from_status varchar(20)  NOT NULL,
    to_status   varchar(20)  NOT NULL,
    reason      varchar(4000),
    changed_by  varchar(200) NOT NULL,
    changed_at  timestamptz  NOT NULL
);
CREATE INDEX family_status_change_family_idx ON family_status_change (family_id, changed_at);
