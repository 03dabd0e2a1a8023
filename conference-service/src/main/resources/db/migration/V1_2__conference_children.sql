-- conference-service: the children a case conference is about. A participant of another organization sees, within
-- the family's consent, only these children (empty: the family as a whole).
ALTER TABLE case_conference ADD COLUMN child_ids uuid[] NOT NULL DEFAULT '{}';
