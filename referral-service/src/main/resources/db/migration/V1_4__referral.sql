-- referral-service: referrals of a family, or some of its children, from one organization to another.
-- A referral is about a known family: when the family is erased, its referrals go with it (ON DELETE CASCADE).
CREATE TABLE referral (
    id                      uuid PRIMARY KEY,
    family_id               uuid         NOT NULL REFERENCES known_family (id) ON DELETE CASCADE,
    member_ids              uuid[]       NOT NULL,
    sender_organization     varchar(100) NOT NULL,
    sender_type             varchar(40)  NOT NULL,
    sender_worker           varchar(100) NOT NULL,
    sender_worker_name      varchar(200) NOT NULL,
    recipient_organization  varchar(64)  NOT NULL,
    recipient_type          varchar(40)  NOT NULL,
    recipient_uses_opora    boolean      NOT NULL,
    reason                  varchar(4000) NOT NULL,
    request                 varchar(4000) NOT NULL,
    urgency                 varchar(20)  NOT NULL,
    basis                   varchar(20)  NOT NULL,
    consent_id              uuid,
    statutory_reference     varchar(200),
    scopes                  varchar(200) NOT NULL,
    status                  varchar(20)  NOT NULL,
    suspended_from          varchar(20),
    status_reason_code      varchar(40),
    status_note             varchar(4000),
    outcome                 varchar(40),
    outcome_report          varchar(8000),
    recipient_worker_name   varchar(200),
    grant_id                uuid,
    created_at              timestamptz  NOT NULL,
    sent_at                 timestamptz,
    due_at                  timestamptz,
    answered_at             timestamptz,
    overdue_at              timestamptz,
    accepted_at             timestamptz,
    completed_at            timestamptz,
    ended_at                timestamptz,
    updated_at              timestamptz  NOT NULL,
    version                 bigint       NOT NULL,
    CONSTRAINT referral_basis_check CHECK (
        (basis = 'CONSENT' AND consent_id IS NOT NULL) OR (basis = 'STATUTORY' AND statutory_reference IS NOT NULL))
);
-- Outgoing and incoming lists, newest first, optionally by status or urgency; a recipient never sees drafts.
CREATE INDEX referral_outgoing_idx ON referral (sender_organization, created_at DESC, id DESC);
CREATE INDEX referral_outgoing_status_idx ON referral (sender_organization, status, created_at DESC, id DESC);
CREATE INDEX referral_outgoing_urgency_idx ON referral (sender_organization, urgency, created_at DESC, id DESC);
CREATE INDEX referral_incoming_idx ON referral (recipient_organization, created_at DESC, id DESC) WHERE status <> 'DRAFT';
CREATE INDEX referral_incoming_status_idx ON referral (recipient_organization, status, created_at DESC, id DESC);
CREATE INDEX referral_incoming_urgency_idx ON referral (recipient_organization, urgency, created_at DESC, id DESC) WHERE status <> 'DRAFT';
CREATE INDEX referral_family_idx ON referral (family_id, created_at DESC, id DESC);
-- Suspension when a consent ends; the overdue job and filter look only at referrals awaiting an answer.
CREATE INDEX referral_consent_idx ON referral (consent_id) WHERE consent_id IS NOT NULL;
CREATE INDEX referral_awaiting_idx ON referral (due_at) WHERE status = 'SENT';
-- Statistics per organization and period.
CREATE INDEX referral_sent_idx ON referral (sender_organization, sent_at) WHERE sent_at IS NOT NULL;
CREATE INDEX referral_received_idx ON referral (recipient_organization, sent_at) WHERE sent_at IS NOT NULL;
