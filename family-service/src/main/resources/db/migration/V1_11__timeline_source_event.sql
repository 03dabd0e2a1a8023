-- family-service: a timeline entry reported by another service's event is keyed on that event's id, so the database
-- itself makes a second entry for one event impossible (the consumer's processed-event log already skips a
-- redelivery; this key is the guarantee if that ever fails). Entries of this service's own actions have none.
ALTER TABLE timeline_entry ADD COLUMN source_event_id uuid;
CREATE UNIQUE INDEX timeline_entry_source_event_uq ON timeline_entry (source_event_id);
