-- Issue 17: the e-mails of notifications, written in the transaction that creates the notification and sent by
-- MailRelay with retry and backoff. The recipient is a Keycloak subject: the address is read from Keycloak when sent,
-- never stored. last_error names the failure (its kind and SMTP reply), never an address.
CREATE TABLE mail_outbox (
    id              uuid PRIMARY KEY,
    notification_id uuid        NOT NULL UNIQUE REFERENCES notification (id) ON DELETE CASCADE,
    organization    text        NOT NULL,
    recipient       text        NOT NULL,
    kind            text        NOT NULL,
    ref_type        text        NOT NULL,
    ref_id          uuid        NOT NULL,
    created_at      timestamptz NOT NULL,
    -- when the relay may (next) try: now at first, later after each failure (exponential backoff), or a lease's end
    -- while a relay is sending it
    next_attempt_at timestamptz NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    last_error      text,
    sent_at         timestamptz,
    -- given up after the configured number of attempts
    failed_at       timestamptz
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
