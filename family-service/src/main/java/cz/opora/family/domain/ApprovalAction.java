package cz.opora.family.domain;

/** Actions an organization may put under a supervisor's approval (ApprovalPolicy). */
public enum ApprovalAction {
    /** Closing a case file. */
    CASE_CLOSURE,
    /**
     * Erasing a closed case file: the erasure request waits in the org-admins' queue; the approval is the erasure
     * (the two-person rule's second person). Approver role: org-admin only.
     */
    ERASURE,
    /** Agreeing an OSPOD individual plan (IPOD): the plan is agreed only once approved. */
    IPOD_PLAN
}
