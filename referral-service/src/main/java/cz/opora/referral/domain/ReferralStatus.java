package cz.opora.referral.domain;

/**
 * Draft (only the sender sees it), sent (awaiting an answer by its deadline), accepted or declined, withdrawn by
 * the sender, in progress, completed with an outcome report, closed; suspended while the consent it relied on no
 * longer stands. A statutory referral of an organization that requires approval of it awaits a supervisor's approval
 * (AWAITING_APPROVAL: still only the sender sees it) before it is sent, or goes back to DRAFT when returned.
 */
public enum ReferralStatus {
    DRAFT, AWAITING_APPROVAL, SENT, ACCEPTED, DECLINED, WITHDRAWN, IN_PROGRESS, COMPLETED, CLOSED, SUSPENDED;

    /** States the recipient does not see: the referral has not gone to it yet. */
    public boolean unsent() {
        return this == DRAFT || this == AWAITING_APPROVAL;
    }

    /** States in which the referral still relies on its basis. */
    public boolean open() {
        return this == DRAFT || this == SENT || this == ACCEPTED || this == IN_PROGRESS;
    }

    /** States in which the recipient works with the family and holds an access grant. */
    public boolean active() {
        return this == ACCEPTED || this == IN_PROGRESS;
    }
}
