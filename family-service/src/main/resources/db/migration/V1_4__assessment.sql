-- family-service: structured assessments (decree 473/2012 domains) and their 6P formulation.
CREATE TABLE assessment (
    id           uuid PRIMARY KEY,
    family_id    uuid          NOT NULL REFERENCES family (id) ON DELETE CASCADE,
    status       varchar(20)   NOT NULL,
    summary      varchar(8000),
    created_by   varchar(200)  NOT NULL,
    created_at   timestamptz   NOT NULL,
    updated_at   timestamptz   NOT NULL,
    completed_at timestamptz,
    completed_by varchar(200),
    version      bigint        NOT NULL
);
CREATE INDEX assessment_family_idx ON assessment (family_id, created_at DESC, id DESC);

-- One rating per domain and person: child domains per child, parent domains per parent, family domains once.
CREATE TABLE assessment_rating (
    id            uuid PRIMARY KEY,
    assessment_id uuid          NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    position      integer       NOT NULL,
    domain        varchar(100)  NOT NULL,
    member_id     uuid,
    rating        varchar(30)   NOT NULL,
    notes         varchar(4000)
);
CREATE INDEX assessment_rating_assessment_idx ON assessment_rating (assessment_id);

CREATE TABLE formulation_factor (
    id            uuid PRIMARY KEY,
    assessment_id uuid          NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    position      integer       NOT NULL,
    category      varchar(50)   NOT NULL,
    text          varchar(4000) NOT NULL,
    priority      boolean       NOT NULL DEFAULT false
);
CREATE INDEX formulation_factor_assessment_idx ON formulation_factor (assessment_id);
