-- Audit reach across services (opora-common): where a read happened and through which record, for every
-- service's audit_entry. Repeatable and idempotent (ADD COLUMN IF NOT EXISTS), so that it applies to databases
-- whatever versioned migrations of the service they already have, with no out-of-order version.
ALTER TABLE audit_entry ADD COLUMN IF NOT EXISTS source_service varchar(100);
ALTER TABLE audit_entry ADD COLUMN IF NOT EXISTS through_type varchar(40);
ALTER TABLE audit_entry ADD COLUMN IF NOT EXISTS through_id uuid;
ALTER TABLE audit_entry ADD COLUMN IF NOT EXISTS grant_id uuid;
