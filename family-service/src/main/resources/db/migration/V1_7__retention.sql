-- family-service: anonymisation after the retention period.
ALTER TABLE family ADD COLUMN anonymised_at timestamptz;
-- The retention job looks only at closed families not yet anonymised.
CREATE INDEX family_retention_idx ON family (closed_at) WHERE status = 'CLOSED' AND anonymised_at IS NULL;
