-- Issue 17: My work (a read model written from events and from this service's own changes), notifications with
-- per-kind preferences, and supervisor approvals configured per organization and action.

CREATE TABLE work_item (
    id              uuid PRIMARY KEY,
    organization    text        NOT NULL,
    -- Keycloak subject of the worker it is for; null: the organization's queue
    assignee        text,
    -- for a queue item: only workers with this role see it (an approval's approver role); null: every worker
    assignee_role   text,
    kind            text        NOT NULL,
    family_id       uuid,
    ref_type        text        NOT NULL,
    ref_id          uuid        NOT NULL,
    due_date        date        NOT NULL,
    -- listed only from this day (a consent expiring: 30 days before its last valid day); null: at once
    visible_from    date,
    state           text        NOT NULL,
    source_event_id uuid,
    created_at      timestamptz NOT NULL,
    closed_at       timestamptz,
    CONSTRAINT work_item_ref_uq UNIQUE (organization, kind, ref_id)
);
-- The list sorts by (due, id) within the organization's open items; filtered by kind or by family.
CREATE INDEX work_item_open_idx ON work_item (organization, due_date, id) WHERE state = 'OPEN';
CREATE INDEX work_item_open_kind_idx ON work_item (organization, kind, due_date, id) WHERE state = 'OPEN';
CREATE INDEX work_item_open_family_idx ON work_item (organization, family_id, due_date, id) WHERE state = 'OPEN';
CREATE INDEX work_item_ref_idx ON work_item (ref_id);

CREATE TABLE notification (
    id           uuid PRIMARY KEY,
    organization text        NOT NULL,
    recipient    text        NOT NULL,
    kind         text        NOT NULL,
    ref_type     text        NOT NULL,
    ref_id       uuid        NOT NULL,
    -- what it was made by (an event id, an approval id and step): one notification per recipient and cause
    cause        text        NOT NULL,
    created_at   timestamptz NOT NULL,
    read_at      timestamptz,
    version      bigint      NOT NULL DEFAULT 0,
    CONSTRAINT notification_cause_uq UNIQUE (recipient, cause)
);
CREATE INDEX notification_recipient_idx ON notification (organization, recipient, created_at DESC, id DESC);
CREATE INDEX notification_unread_idx ON notification (organization, recipient) WHERE read_at IS NULL;

-- In-app notifications are always kept; e-mail may be switched off per kind (no row: e-mail on).
CREATE TABLE notification_preference (
    organization text        NOT NULL,
    recipient    text        NOT NULL,
    kind         text        NOT NULL,
    email        boolean     NOT NULL,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (organization, recipient, kind)
);

-- Which actions of an organization need a supervisor's approval, and of whom (no row: none required).
CREATE TABLE approval_policy (
    organization  text        NOT NULL,
    action        text        NOT NULL,
    approver_role text        NOT NULL,
    updated_by    text        NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (organization, action)
);

CREATE TABLE approval_request (
    id            uuid PRIMARY KEY,
    organization  text        NOT NULL,
    action        text        NOT NULL,
    family_id     uuid        NOT NULL REFERENCES family (id) ON DELETE CASCADE,
    status        text        NOT NULL,
    approver_role text        NOT NULL,
    -- what the action will do once approved (a closure's reason and summary)
    payload       jsonb       NOT NULL,
    requested_by  text        NOT NULL,
    requested_at  timestamptz NOT NULL,
    decided_by    text,
    decided_at    timestamptz,
    return_reason text,
    version       bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX approval_request_pending_uq ON approval_request (family_id, action) WHERE status = 'PENDING';
CREATE INDEX approval_request_org_idx ON approval_request (organization, requested_at DESC, id DESC);
