-- community-service: low-threshold work with anonymous clients (NZDM), group and community programmes, mediation.
-- Nothing here identifies an anonymous client: a code or nickname the client chose, an age band and a gender. A
-- client linked (with the client's recorded agreement) to a member of the organization's own case file keeps only
-- the ids; the link goes with the family's erasure.

CREATE TABLE anonymous_client (
    id               uuid PRIMARY KEY,
    organization     varchar(100) NOT NULL,
    code             varchar(60)  NOT NULL,
    age_band         varchar(20)  NOT NULL,
    gender           varchar(20)  NOT NULL,
    family_id        uuid REFERENCES known_family (id) ON DELETE SET NULL,
    member_id        uuid,
    link_agreed_on   date,
    linked_at        timestamptz,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    version          bigint       NOT NULL
);
-- The code is unique per organization, whatever its case.
CREATE UNIQUE INDEX anonymous_client_org_code_idx ON anonymous_client (organization, lower(code));
CREATE INDEX anonymous_client_org_created_idx ON anonymous_client (organization, created_at, id);
CREATE INDEX anonymous_client_family_idx ON anonymous_client (family_id) WHERE family_id IS NOT NULL;

CREATE TABLE client_contact (
    id               uuid PRIMARY KEY,
    organization     varchar(100) NOT NULL,
    client_id        uuid         NOT NULL REFERENCES anonymous_client (id),
    place            varchar(20)  NOT NULL,
    contact_date     date         NOT NULL,
    duration_minutes integer      NOT NULL CHECK (duration_minutes > 0),
    worker           varchar(100) NOT NULL,
    created_at       timestamptz  NOT NULL
);
CREATE INDEX client_contact_client_idx ON client_contact (client_id, contact_date, id);
CREATE INDEX client_contact_org_date_idx ON client_contact (organization, contact_date);

CREATE TABLE contact_intervention (
    contact_id       uuid         NOT NULL REFERENCES client_contact (id) ON DELETE CASCADE,
    position         integer      NOT NULL,
    type             varchar(30)  NOT NULL,
    minutes          integer      NOT NULL CHECK (minutes > 0),
    PRIMARY KEY (contact_id, position)
);

CREATE TABLE programme (
    id               uuid PRIMARY KEY,
    organization     varchar(100)  NOT NULL,
    kind             varchar(40)   NOT NULL,
    name             varchar(200)  NOT NULL,
    place_kind       varchar(30)   NOT NULL,
    municipality     varchar(100)  NOT NULL,
    facilitators     varchar(100)[] NOT NULL,
    outcomes         varchar(4000),
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    version          bigint        NOT NULL
);
CREATE INDEX programme_org_created_idx ON programme (organization, created_at, id);

CREATE TABLE programme_session (
    id               uuid PRIMARY KEY,
    programme_id     uuid          NOT NULL REFERENCES programme (id),
    session_date     date          NOT NULL,
    topic            varchar(500)  NOT NULL,
    created_at       timestamptz   NOT NULL
);
CREATE INDEX programme_session_idx ON programme_session (programme_id, session_date, id);

-- Who came, counted by age band: no names.
CREATE TABLE programme_attendance (
    session_id       uuid          NOT NULL REFERENCES programme_session (id) ON DELETE CASCADE,
    age_band         varchar(20)   NOT NULL,
    participants     integer       NOT NULL CHECK (participants >= 0),
    PRIMARY KEY (session_id, age_band)
);

CREATE TABLE mediation_case (
    id               uuid PRIMARY KEY,
    organization     varchar(100)  NOT NULL,
    type             varchar(20)   NOT NULL,
    mode             varchar(20)   NOT NULL,
    opened_on        date          NOT NULL,
    outcome          varchar(30),
    closed_on        date,
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    version          bigint        NOT NULL,
    CHECK ((outcome IS NULL) = (closed_on IS NULL))
);
CREATE INDEX mediation_case_org_created_idx ON mediation_case (organization, created_at, id);

-- The parties as labels and roles ("neighbour, 2nd floor" / "complainant"), never names.
CREATE TABLE mediation_party (
    case_id          uuid          NOT NULL REFERENCES mediation_case (id) ON DELETE CASCADE,
    position         integer       NOT NULL,
    label            varchar(100)  NOT NULL,
    role             varchar(100)  NOT NULL,
    PRIMARY KEY (case_id, position)
);

CREATE TABLE mediation_session (
    id               uuid PRIMARY KEY,
    case_id          uuid          NOT NULL REFERENCES mediation_case (id),
    session_date     date          NOT NULL,
    duration_minutes integer       NOT NULL CHECK (duration_minutes > 0),
    created_at       timestamptz   NOT NULL
);
CREATE INDEX mediation_session_idx ON mediation_session (case_id, session_date, id);
