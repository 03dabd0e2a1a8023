-- referral-service: what this service knows of families, projected from family-service's events.
-- A referral names a family and some of its children; the owner and anyone it referred to may see them.
CREATE TABLE known_family (
    id                  uuid PRIMARY KEY,
    owning_organization varchar(100) NOT NULL,
    name                varchar(200) NOT NULL,
    municipality        varchar(100) NOT NULL,
    status              varchar(20)  NOT NULL,
    registered_at       timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL
);
CREATE INDEX known_family_org_registered_idx ON known_family (owning_organization, registered_at DESC, id DESC);

CREATE TABLE known_family_member (
    id          uuid PRIMARY KEY,
    family_id   uuid         NOT NULL REFERENCES known_family (id) ON DELETE CASCADE,
    position    integer      NOT NULL,
    role        varchar(20)  NOT NULL,
    first_name  varchar(100) NOT NULL,
    last_name   varchar(100) NOT NULL,
    birth_date  date
);
CREATE INDEX known_family_member_family_idx ON known_family_member (family_id);
