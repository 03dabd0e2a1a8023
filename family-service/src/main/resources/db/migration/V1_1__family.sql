-- family-service: the family record and its members.
CREATE TABLE family (
    id                          uuid PRIMARY KEY,
    owning_organization         varchar(100) NOT NULL,
    name                        varchar(200) NOT NULL,
    street                      varchar(200),
    municipality                varchar(100) NOT NULL,
    postal_code                 varchar(10),
    locality                    varchar(100),
    socially_excluded_locality  boolean      NOT NULL DEFAULT false,
    status                      varchar(20)  NOT NULL,
    key_worker                  varchar(200),
    created_by                  varchar(200) NOT NULL,
    created_at                  timestamptz  NOT NULL,
    updated_at                  timestamptz  NOT NULL,
    version                     bigint       NOT NULL
);
-- Every list is scoped to the caller's organization and pages by (created_at, id), newest first.
CREATE INDEX family_org_created_idx ON family (owning_organization, created_at DESC, id DESC);

CREATE TABLE family_member (
    id          uuid PRIMARY KEY,
    family_id   uuid         NOT NULL REFERENCES family (id) ON DELETE CASCADE,
    position    integer      NOT NULL,
    first_name  varchar(100) NOT NULL,
    last_name   varchar(100) NOT NULL,
    role        varchar(20)  NOT NULL,
    birth_date  date,
    UNIQUE (family_id, position)
);
CREATE INDEX family_member_family_idx ON family_member (family_id);
