-- When the family's consent to tutoring ends (withdrawn or expired), its matches keep the programme's own record
-- (tutor, dates, hours, sessions' dates and durations, the outcome) and lose what identifies or locates the child:
-- the place (the home address), the school and class, the SAS worker's name and phone, the goals, the end note.
ALTER TABLE tutoring_match ADD COLUMN consent_ended_at timestamptz;
ALTER TABLE tutoring_match ALTER COLUMN place DROP NOT NULL;
ALTER TABLE tutoring_match ALTER COLUMN sas_contact_name DROP NOT NULL;
ALTER TABLE tutoring_match ALTER COLUMN goals DROP NOT NULL;
