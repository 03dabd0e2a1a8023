-- Issue 13: a tutoring match is the programme's record. When the case file it was about is erased by another
-- organization (the family's SAS), the match stays as the programme's record (tutor, dates, hours, sessions), ended,
-- without what identifies or locates the child (as when the consent ends), detached from the erased file: no foreign
-- key to the projection, the time of the erasure recorded. The erasing organization's own matches go with its file.
ALTER TABLE tutoring_match DROP CONSTRAINT IF EXISTS tutoring_match_family_id_fkey;
ALTER TABLE tutoring_match ADD COLUMN family_erased_at timestamptz;
