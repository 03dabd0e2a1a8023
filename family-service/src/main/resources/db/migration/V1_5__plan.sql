-- family-service: individual plans with goals and steps; earlier versions kept as snapshots.
CREATE TABLE plan (
    id               uuid PRIMARY KEY,
    family_id        uuid          NOT NULL REFERENCES family (id) ON DELETE CASCADE,
    source           varchar(30)   NOT NULL,
    family_authored  boolean       NOT NULL,
    source_reference varchar(200),
    title            varchar(200)  NOT NULL,
    review_date      date,
    revision         integer       NOT NULL,
    agreed_at        timestamptz   NOT NULL,
    agreed_by        varchar(200)  NOT NULL,
    updated_at       timestamptz   NOT NULL,
    version          bigint        NOT NULL
);
CREATE INDEX plan_family_idx ON plan (family_id, agreed_at DESC, id DESC);
CREATE INDEX plan_review_idx ON plan (review_date) WHERE review_date IS NOT NULL;

CREATE TABLE plan_goal (
    id                 uuid PRIMARY KEY,
    plan_id            uuid          NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position           integer       NOT NULL,
    what               varchar(2000) NOT NULL,
    progress_indicator varchar(2000),
    status             varchar(30)   NOT NULL,
    progress_note      varchar(4000),
    from_factor_id     uuid
);
CREATE INDEX plan_goal_plan_idx ON plan_goal (plan_id);

CREATE TABLE plan_step (
    id        uuid PRIMARY KEY,
    goal_id   uuid          NOT NULL REFERENCES plan_goal (id) ON DELETE CASCADE,
    position  integer       NOT NULL,
    what      varchar(2000) NOT NULL,
    who_kind  varchar(20)   NOT NULL,
    who_id    varchar(200)  NOT NULL,
    who_name  varchar(200)  NOT NULL,
    due_date  date,
    status    varchar(30)   NOT NULL
);
CREATE INDEX plan_step_goal_idx ON plan_step (goal_id);
-- Deadlines: open steps by due date, and by whom they are owed.
CREATE INDEX plan_step_open_due_idx ON plan_step (due_date) WHERE status IN ('PLANNED', 'IN_PROGRESS');
CREATE INDEX plan_step_open_who_idx ON plan_step (who_id, due_date) WHERE status IN ('PLANNED', 'IN_PROGRESS');

CREATE TABLE plan_revision (
    id         uuid PRIMARY KEY,
    plan_id    uuid         NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    revision   integer      NOT NULL,
    content    text         NOT NULL,
    revised_at timestamptz  NOT NULL,
    revised_by varchar(200) NOT NULL,
    UNIQUE (plan_id, revision)
);
