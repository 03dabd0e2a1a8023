-- The copy of family-service's approval policies (cz.opora.family.approval-policy-set): a statutory referral of an
-- organization whose policy requires approval of STATUTORY_REFERRAL waits (AWAITING_APPROVAL) until approved there.
CREATE TABLE approval_policy_copy (
    organization  varchar(100) NOT NULL,
    action        varchar(40)  NOT NULL,
    approver_role varchar(64)  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    PRIMARY KEY (organization, action)
);
-- The approval the referral waited for (or was returned by): the requester reads the return's reason on it.
ALTER TABLE referral ADD COLUMN approval_id uuid;
