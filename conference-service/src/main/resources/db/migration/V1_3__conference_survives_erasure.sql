-- Issue 13: a case conference is its convening organization's record. When another organization's case file it was
-- about is erased, the conference stays (its minutes, participants and tasks are the convener's), detached from the
-- erased file: no foreign key to the projection, its children cleared, and the time of the erasure recorded. The
-- erasing organization's own conferences keep only what its figures count (CaseConferenceService.onErased).
ALTER TABLE case_conference DROP CONSTRAINT IF EXISTS case_conference_family_id_fkey;
ALTER TABLE case_conference ADD COLUMN family_erased_at timestamptz;
-- Family group conferences and the families' feedback keep, after the erasure, what the figures count
-- (CaseConferenceService.onErased): no foreign key to the projection either.
ALTER TABLE family_conference DROP CONSTRAINT IF EXISTS family_conference_family_id_fkey;
ALTER TABLE family_conference ADD COLUMN family_erased_at timestamptz;
ALTER TABLE conference_feedback DROP CONSTRAINT IF EXISTS conference_feedback_family_id_fkey;
