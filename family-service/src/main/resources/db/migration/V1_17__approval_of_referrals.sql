-- Supervisor approval of a statutory referral (referral-service): the approval names the referral (ref_id); the
-- family is referred to only when its case file is held here (an onward referral's family belongs to another
-- organization: family_id null, the family's id in the payload). One pending approval per referral.
ALTER TABLE approval_request ALTER COLUMN family_id DROP NOT NULL;
ALTER TABLE approval_request ADD COLUMN ref_id uuid;
DROP INDEX approval_request_pending_uq;
CREATE UNIQUE INDEX approval_request_pending_uq ON approval_request (family_id, action) WHERE status = 'PENDING' AND ref_id IS NULL;
CREATE UNIQUE INDEX approval_request_ref_pending_uq ON approval_request (ref_id) WHERE status = 'PENDING';
