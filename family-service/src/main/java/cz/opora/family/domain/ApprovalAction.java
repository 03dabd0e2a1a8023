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
    IPOD_PLAN,
    /**
     * Sending a referral on a statutory basis (referral-service): the referral waits there, unseen by the recipient,
     * and goes only once approved (cz.opora.referral.approval-requested in, cz.opora.family.approval-decided out).
     */
    STATUTORY_REFERRAL
}
