-- family-service: the consent ledger. Rows are never deleted or rewritten; withdrawal and expiry are stamped.
CREATE TABLE consent (
    id                     uuid PRIMARY KEY,
    family_id              uuid          NOT NULL REFERENCES family (id) ON DELETE CASCADE,
    given_by_member_id     uuid          NOT NULL,
    purpose                varchar(40)   NOT NULL,
    recipient_organization varchar(100),
    recipient_type         varchar(40),
    scopes                 varchar(400)  NOT NULL,
    valid_from             date          NOT NULL,
    valid_until            date,
    form_reference         varchar(200)  NOT NULL,
    note                   varchar(2000),
    recorded_by            varchar(200)  NOT NULL,
    recorded_at            timestamptz   NOT NULL,
    withdrawn_at           timestamptz,
    withdrawn_by           varchar(200),
    withdrawal_note        varchar(2000),
    expired_at             timestamptz,
    version                bigint        NOT NULL,
    CONSTRAINT consent_recipient_for_sharing CHECK (
        (purpose = 'SHARING') = (recipient_organization IS NOT NULL OR recipient_type IS NOT NULL)),
    CONSTRAINT consent_period CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX consent_family_idx ON consent (family_id, recorded_at DESC, id DESC);
-- The expiry job looks only at consents that still have to be marked expired.
CREATE INDEX consent_pending_expiry_idx ON consent (valid_until)
    WHERE valid_until IS NOT NULL AND withdrawn_at IS NULL AND expired_at IS NULL;
