-- tutoring-service: home tutoring by vetted tutors, preschool clubs and parent workshops, for children and adults of
-- families known from family-service (opora-family-projection). Everything about a family goes with its erasure.

CREATE TABLE tutor (
    id                    uuid PRIMARY KEY,
    organization          varchar(100)   NOT NULL,
    username              varchar(100),
    name                  varchar(200)   NOT NULL,
    email                 varchar(200),
    phone                 varchar(40),
    subjects              varchar(60)[]  NOT NULL,
    languages             varchar(40)[]  NOT NULL,
    availability          varchar(1000),
    agreement_signed_on   date,
    training_completed_on date,
    criminal_record_date  date,
    active                boolean        NOT NULL,
    created_at            timestamptz    NOT NULL,
    updated_at            timestamptz    NOT NULL,
    version               bigint         NOT NULL
);
CREATE INDEX tutor_org_name_idx ON tutor (organization, name, id);
CREATE UNIQUE INDEX tutor_org_username_idx ON tutor (organization, username) WHERE username IS NOT NULL;
CREATE INDEX tutor_record_idx ON tutor (organization, criminal_record_date) WHERE active;

CREATE TABLE tutoring_match (
    id                  uuid PRIMARY KEY,
    organization        varchar(100)   NOT NULL,
    tutor_id            uuid           NOT NULL REFERENCES tutor (id),
    family_id           uuid           NOT NULL REFERENCES known_family (id) ON DELETE CASCADE,
    child_id            uuid           NOT NULL,
    consent_id          uuid           NOT NULL,
    place               varchar(300)   NOT NULL,
    schedule            varchar(500)   NOT NULL,
    school              varchar(200),
    school_class        varchar(40),
    sas_contact_name    varchar(200)   NOT NULL,
    sas_contact_phone   varchar(40),
    sas_organization    varchar(100)   NOT NULL,
    subjects            varchar(60)[]  NOT NULL,
    goals               varchar(4000)  NOT NULL,
    status              varchar(20)    NOT NULL,
    end_reason          varchar(40),
    end_note            varchar(2000),
    consecutive_missed  integer        NOT NULL,
    started_at          timestamptz,
    ended_at            timestamptz,
    created_at          timestamptz    NOT NULL,
    updated_at          timestamptz    NOT NULL,
    version             bigint         NOT NULL
);
CREATE INDEX tutoring_match_org_idx ON tutoring_match (organization, created_at DESC, id DESC);
CREATE INDEX tutoring_match_tutor_idx ON tutoring_match (tutor_id, created_at DESC, id DESC);
CREATE INDEX tutoring_match_family_idx ON tutoring_match (family_id);
CREATE INDEX tutoring_match_consent_idx ON tutoring_match (consent_id);

CREATE TABLE tutoring_session (
    id               uuid PRIMARY KEY,
    match_id         uuid           NOT NULL REFERENCES tutoring_match (id) ON DELETE CASCADE,
    session_date     date           NOT NULL,
    held             boolean        NOT NULL,
    duration_minutes integer        NOT NULL,
    child_present    boolean        NOT NULL,
    parent_present   boolean        NOT NULL,
    subjects         varchar(60)[]  NOT NULL,
    worked_on        varchar(4000),
    note_for_sas     varchar(2000),
    recorded_by      varchar(100)   NOT NULL,
    created_at       timestamptz    NOT NULL,
    UNIQUE (match_id, session_date)
);
CREATE INDEX tutoring_session_date_idx ON tutoring_session (match_id, session_date DESC);

CREATE TABLE school_progress (
    id                 uuid PRIMARY KEY,
    match_id           uuid           NOT NULL REFERENCES tutoring_match (id) ON DELETE CASCADE,
    term               varchar(20)    NOT NULL,
    grades             jsonb          NOT NULL,
    attendance_percent integer,
    moved_up           boolean,
    recorded_at        timestamptz    NOT NULL,
    UNIQUE (match_id, term)
);

CREATE TABLE club (
    id           uuid PRIMARY KEY,
    organization varchar(100)  NOT NULL,
    name         varchar(200)  NOT NULL,
    place        varchar(300)  NOT NULL,
    leader_name  varchar(200)  NOT NULL,
    capacity     integer       NOT NULL,
    schedule     varchar(500)  NOT NULL,
    created_at   timestamptz   NOT NULL,
    version      bigint        NOT NULL
);
CREATE INDEX club_org_idx ON club (organization, name, id);

CREATE TABLE club_enrolment (
    id           uuid PRIMARY KEY,
    club_id      uuid          NOT NULL REFERENCES club (id),
    family_id    uuid          NOT NULL REFERENCES known_family (id) ON DELETE CASCADE,
    child_id     uuid          NOT NULL,
    consent_id   uuid          NOT NULL,
    status       varchar(20)   NOT NULL,
    requested_at timestamptz   NOT NULL,
    enrolled_at  timestamptz,
    left_at      timestamptz,
    school_entry varchar(40),
    school_name  varchar(200),
    school_entry_on date
);
CREATE INDEX club_enrolment_club_idx ON club_enrolment (club_id, status, requested_at);
CREATE UNIQUE INDEX club_enrolment_child_idx ON club_enrolment (club_id, child_id) WHERE status <> 'LEFT';
CREATE INDEX club_enrolment_consent_idx ON club_enrolment (consent_id);

CREATE TABLE club_session (
    id           uuid PRIMARY KEY,
    club_id      uuid          NOT NULL REFERENCES club (id),
    session_date date          NOT NULL,
    topic        varchar(500),
    created_at   timestamptz   NOT NULL,
    UNIQUE (club_id, session_date)
);

CREATE TABLE club_attendance (
    session_id   uuid    NOT NULL REFERENCES club_session (id) ON DELETE CASCADE,
    enrolment_id uuid    NOT NULL REFERENCES club_enrolment (id) ON DELETE CASCADE,
    present      boolean NOT NULL,
    PRIMARY KEY (session_id, enrolment_id)
);

CREATE TABLE readiness_assessment (
    id           uuid PRIMARY KEY,
    enrolment_id uuid          NOT NULL REFERENCES club_enrolment (id) ON DELETE CASCADE,
    stage        varchar(20)   NOT NULL,
    scores       jsonb         NOT NULL,
    assessed_on  date          NOT NULL,
    note         varchar(2000),
    UNIQUE (enrolment_id, stage)
);

CREATE TABLE workshop (
    id           uuid PRIMARY KEY,
    organization varchar(100)  NOT NULL,
    title        varchar(200)  NOT NULL,
    kind         varchar(20)   NOT NULL,
    created_at   timestamptz   NOT NULL
);
CREATE INDEX workshop_org_idx ON workshop (organization, created_at DESC, id DESC);

CREATE TABLE workshop_session (
    id           uuid PRIMARY KEY,
    workshop_id  uuid          NOT NULL REFERENCES workshop (id),
    session_date date          NOT NULL,
    topic        varchar(500)  NOT NULL,
    created_at   timestamptz   NOT NULL
);
CREATE INDEX workshop_session_idx ON workshop_session (workshop_id, session_date DESC);

CREATE TABLE workshop_attendance (
    session_id uuid NOT NULL REFERENCES workshop_session (id) ON DELETE CASCADE,
    family_id  uuid NOT NULL REFERENCES known_family (id) ON DELETE CASCADE,
    member_id  uuid NOT NULL,
    PRIMARY KEY (session_id, member_id)
);
CREATE INDEX workshop_attendance_family_idx ON workshop_attendance (family_id);
