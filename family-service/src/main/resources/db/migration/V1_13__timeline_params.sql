-- family-service: a timeline entry's parameters, the values its summary is made of (organization ids, codes,
-- counts; never people), so that a reader renders the entry in its own language from the kind and the parameters.
-- Entries written before have none: readers fall back to the summary.
ALTER TABLE timeline_entry ADD COLUMN params jsonb NOT NULL DEFAULT '{}'::jsonb;
