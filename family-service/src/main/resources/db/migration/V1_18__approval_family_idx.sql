-- GET /approvals?familyId=: a case file asks what waits for approval about its own family only (and audits only it).
-- The organization comes first as in every list; the family narrows it; newest first as the list sorts.
CREATE INDEX approval_request_org_family_idx ON approval_request (organization, family_id, requested_at DESC, id DESC);
