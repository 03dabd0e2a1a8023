package cz.opora.family.domain;

/** What a work item asks for. */
public enum WorkKind {
    /** A plan's review date (the family's key worker). */
    PLAN_REVIEW,
    /** An open step of a plan owed by a worker (or, for a step of the family or its network, the key worker). */
    PLAN_STEP,
    /** A referral sent to the organization, waiting for its answer (the organization's queue). */
    REFERRAL_AWAITING_ANSWER,
    /** A referral the organization sent that its recipient has not answered in time (the family's key worker). */
    REFERRAL_OVERDUE,
    /** A tutoring programme reported missed sessions (the family's key worker). */
    ABSENCE_ALERT,
    /** A consent of the family whose last valid day is within 30 days (the family's key worker). */
    CONSENT_EXPIRING,
    /** A family's own plan from its family group conference, waiting for the referrer's decision (accept or reject). */
    PLAN_AWAITING_DECISION,
    /** An action waiting for a supervisor's approval (the queue of the approver role). */
    APPROVAL_AWAITING,
    /**
     * A task given at a case conference: the worker who owes it, or the queue of the organization that owes it (a
     * worker participant's organization); until it is followed up or its conference closed.
     */
    CONFERENCE_TASK,
    /**
     * A tutor's criminal-record extract whose last valid day is within 30 days (the programme's club leaders' queue;
     * org-admins see it too).
     */
    TUTOR_VETTING_EXPIRING
}
