-- conference-service: case conferences and family group conferences about families it knows from family-service
-- (opora-family-projection). Everything about a family goes when the family is erased (ON DELETE CASCADE).

-- Organizations working with a family, from referral-service's events: an open referral makes its sender and its
-- recipient "working with the family", which a family conference's coordinator must not be. No foreign key: referral
-- events may arrive before the family's own events (another topic); an erasure deletes the rows explicitly.
CREATE TABLE family_partner (
    referral_id   uuid         NOT NULL,
    organization  varchar(100) NOT NULL,
    family_id     uuid         NOT NULL,
    open          boolean      NOT NULL,
    updated_at    timestamptz  NOT NULL,
    PRIMARY KEY (referral_id, organization)
);
CREATE INDEX family_partner_family_idx ON family_partner (family_id) WHERE open;

-- Case conferences (případová konference).
CREATE TABLE case_conference (
    id                   uuid PRIMARY KEY,
    family_id            uuid          NOT NULL REFERENCES known_family (id) ON DELETE CASCADE,
    organization         varchar(100)  NOT NULL,
    organization_type    varchar(40)   NOT NULL,
    convener             varchar(100)  NOT NULL,
    convener_name        varchar(200)  NOT NULL,
    purpose              varchar(4000) NOT NULL,
    scheduled_for        timestamptz   NOT NULL,
    place                varchar(300)  NOT NULL,
    statutory_reference  varchar(200),
    status               varchar(20)   NOT NULL,
    cancel_reason        varchar(2000),
    situation            varchar(8000),
    decisions            varchar(8000),
    child_view           varchar(4000),
    child_present        boolean,
    next_meeting_at      timestamptz,
    held_at              timestamptz,
    closed_at            timestamptz,
    created_at           timestamptz   NOT NULL,
    updated_at           timestamptz   NOT NULL,
    version              bigint        NOT NULL
);
CREATE INDEX case_conference_org_idx ON case_conference (organization, scheduled_for DESC, id DESC);
CREATE INDEX case_conference_family_idx ON case_conference (family_id);

CREATE TABLE case_conference_participant (
    id                 uuid PRIMARY KEY,
    conference_id      uuid          NOT NULL REFERENCES case_conference (id) ON DELETE CASCADE,
    position           integer       NOT NULL,
    kind               varchar(20)   NOT NULL,
    user_subject       varchar(100),
    organization       varchar(100),
    organization_type  varchar(40),
    member_id          uuid,
    name               varchar(200)  NOT NULL,
    institution        varchar(200),
    role               varchar(200),
    invitation         varchar(20)   NOT NULL,
    view               varchar(4000),
    grant_id           uuid,
    access             varchar(20)   NOT NULL
);
CREATE INDEX case_conference_participant_conf_idx ON case_conference_participant (conference_id);
CREATE INDEX case_conference_participant_org_idx ON case_conference_participant (organization) WHERE organization IS NOT NULL;

CREATE TABLE case_conference_task (
    id                uuid PRIMARY KEY,
    conference_id     uuid          NOT NULL REFERENCES case_conference (id) ON DELETE CASCADE,
    position          integer       NOT NULL,
    what              varchar(2000) NOT NULL,
    owner_participant uuid          NOT NULL,
    due_date          date          NOT NULL,
    status            varchar(20)   NOT NULL,
    follow_up_note    varchar(2000)
);
CREATE INDEX case_conference_task_conf_idx ON case_conference_task (conference_id);

-- Family group conferences (rodinná konference) and their review conferences.
CREATE TABLE coordinator (
    id                uuid PRIMARY KEY,
    user_subject      varchar(100),
    name              varchar(200)  NOT NULL,
    organization      varchar(100)  NOT NULL,
    organization_type varchar(40)   NOT NULL,
    languages         varchar(40)[] NOT NULL,
    gender            varchar(20),
    active            boolean       NOT NULL,
    created_at        timestamptz   NOT NULL,
    version           bigint        NOT NULL
);
CREATE UNIQUE INDEX coordinator_subject_idx ON coordinator (user_subject) WHERE user_subject IS NOT NULL;

CREATE TABLE family_conference (
    id                     uuid PRIMARY KEY,
    family_id              uuid          NOT NULL REFERENCES known_family (id) ON DELETE CASCADE,
    kind                   varchar(20)   NOT NULL,
    review_of              uuid          REFERENCES family_conference (id) ON DELETE CASCADE,
    original_conference_id uuid          NOT NULL,
    referrer_organization  varchar(100)  NOT NULL,
    referrer_type          varchar(40)   NOT NULL,
    referrer               varchar(100)  NOT NULL,
    referrer_name          varchar(200)  NOT NULL,
    concern                varchar(4000) NOT NULL,
    question               varchar(2000) NOT NULL,
    bottom_lines           jsonb         NOT NULL,
    status                 varchar(30)   NOT NULL,
    family_decision_by     uuid,
    family_decided_at      timestamptz,
    consent_id             uuid,
    requested_language     varchar(40),
    requested_gender       varchar(20),
    coordinator_id         uuid          REFERENCES coordinator (id),
    coordinator_organization varchar(100),
    coordinator_subject    varchar(100),
    coordinator_name       varchar(200),
    coordinator_grant_id   uuid,
    scheduled_for          timestamptz,
    place                  varchar(300),
    interpreter            varchar(300),
    childcare              varchar(300),
    information_started_at timestamptz,
    private_time_started_at timestamptz,
    private_time_ended_at  timestamptz,
    plan                   jsonb,
    plan_presented_at      timestamptz,
    plan_decided_at        timestamptz,
    rejection_reason       varchar(4000),
    rejected_bottom_line   integer,
    no_plan_note           varchar(4000),
    cancel_reason          varchar(2000),
    created_at             timestamptz   NOT NULL,
    updated_at             timestamptz   NOT NULL,
    version                bigint        NOT NULL
);
CREATE INDEX family_conference_referrer_idx ON family_conference (referrer_organization, created_at DESC, id DESC);
CREATE INDEX family_conference_coordinator_org_idx ON family_conference (coordinator_organization, created_at DESC, id DESC);
CREATE INDEX family_conference_awaiting_idx ON family_conference (created_at) WHERE status = 'CONSENTED';
CREATE INDEX family_conference_family_idx ON family_conference (family_id);

CREATE TABLE family_conference_invitee (
    id               uuid PRIMARY KEY,
    conference_id    uuid          NOT NULL REFERENCES family_conference (id) ON DELETE CASCADE,
    position         integer       NOT NULL,
    kind             varchar(20)   NOT NULL,
    member_id        uuid,
    name             varchar(200)  NOT NULL,
    relation         varchar(100),
    organization     varchar(100),
    organization_type varchar(40),
    status           varchar(20)   NOT NULL,
    exclusion_reason varchar(2000),
    appeal           varchar(2000),
    appeal_outcome   varchar(20),
    information      varchar(4000),
    concerns         varchar(4000),
    grant_id         uuid
);
CREATE INDEX family_conference_invitee_conf_idx ON family_conference_invitee (conference_id);

CREATE TABLE conference_feedback (
    conference_id  uuid          NOT NULL,
    subject        varchar(100)  NOT NULL,
    organization   varchar(100)  NOT NULL,
    family_id      uuid          NOT NULL REFERENCES known_family (id) ON DELETE CASCADE,
    kind           varchar(20)   NOT NULL,
    rating         integer       NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment        varchar(2000),
    given_at       timestamptz   NOT NULL,
    PRIMARY KEY (conference_id, subject)
);
CREATE INDEX conference_feedback_org_idx ON conference_feedback (organization, given_at);
