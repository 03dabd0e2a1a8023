-- referral-service: the family's consents to share, projected from family-service's events. A referral on a
-- consent basis must name one that is valid for its recipient (organization or type) on the day it is sent.
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
