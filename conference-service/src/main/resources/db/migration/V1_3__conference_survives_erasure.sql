-- Issue 13: a case conference is its convening organization's record. When another organization's case file it was
-- about is erased, the conference stays (its minutes, participants and tasks are the convener's), detached from the
-- erased file: no foreign key to the projection, its children cleared, and the time of the erasure recorded. The
-- erasing organization's own conferences go with its file (CaseConferenceService.onErased).
ALTER TABLE case_conference DROP CONSTRAINT IF EXISTS case_conference_family_id_fkey;
ALTER TABLE case_conference ADD COLUMN family_erased_at timestamptz;
