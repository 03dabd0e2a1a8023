-- Issue 17: the record a work item's reference belongs to, when its link needs it (a conference task's conference).
ALTER TABLE work_item ADD COLUMN context_id uuid;
