-- family-service: why another organization may see a family, as reported by referral-service and conference-service.
CREATE TABLE access_grant (
    id                  uuid PRIMARY KEY,
    family_id           uuid          NOT NULL REFERENCES family (id) ON DELETE CASCADE,
    organization        varchar(100)  NOT NULL,
    organization_type   varchar(40)   NOT NULL,
    reason              varchar(30)   NOT NULL,
    reason_id           uuid          NOT NULL,
    basis               varchar(20)   NOT NULL,
    consent_id          uuid,
    statutory_reference varchar(200),
    scopes              varchar(400)  NOT NULL,
    member_ids          uuid[]        NOT NULL,
    valid_until         timestamptz,
    granted_at          timestamptz   NOT NULL,
    revoked_at          timestamptz,
    source              varchar(100)  NOT NULL
);
-- Every read by a non-owner looks up its live grants for the family.
CREATE INDEX access_grant_family_org_idx ON access_grant (family_id, organization) WHERE revoked_at IS NULL;
CREATE INDEX access_grant_org_idx ON access_grant (organization, granted_at DESC, id DESC) WHERE revoked_at IS NULL;
CREATE INDEX access_grant_consent_idx ON access_grant (consent_id) WHERE revoked_at IS NULL;
