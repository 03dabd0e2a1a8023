package cz.opora.family.domain;

/** What a worker is told of. Each kind's e-mail can be switched off; the in-app notification cannot. */
public enum NotificationKind {
    REFERRAL_RECEIVED,
    REFERRAL_OVERDUE,
    ABSENCE_ALERT,
    PLAN_AWAITING_DECISION,
    APPROVAL_REQUESTED,
    APPROVAL_DECIDED,
    /** A case conference gave the worker (or the worker's organization) a task. */
    TASK_ASSIGNED
}
