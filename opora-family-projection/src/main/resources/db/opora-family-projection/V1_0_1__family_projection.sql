-- What a service knows of families, projected from family-service's events (opora-family-projection): the
-- family, its members and its consents. Services that use the projection add db/opora-family-projection to
-- quarkus.flyway.locations. (referral-service created the same tables in its own V1_1 and V1_3.)
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

CREATE TABLE known_consent (
    id                     uuid PRIMARY KEY,
    family_id              uuid         NOT NULL REFERENCES known_family (id) ON DELETE CASCADE,
    purpose                varchar(40)  NOT NULL,
    recipient_organization varchar(100),
    recipient_type         varchar(40),
    scopes                 varchar(400) NOT NULL,
    valid_from             date         NOT NULL,
    valid_until            date,
    ended_at               timestamptz,
    end_reason             varchar(20)
);
CREATE INDEX known_consent_family_idx ON known_consent (family_id) WHERE ended_at IS NULL;
