package cz.opora.conference.domain;

/**
 * A family group conference, from the offer to the outcome. OFFERED: the referrer offered it and the family decides;
 * FAMILY_DECLINED ends it. CONSENTED: an adult member agreed; it waits for an independent coordinator. PREPARING:
 * the coordinator invites the network. SCHEDULED: date and place set. Then the three phases: INFORMATION_SHARING,
 * PRIVATE_FAMILY_TIME (only its start and end are recorded), PLAN_PRESENTATION. PLAN_PRESENTED: the referrer decides;
 * PLAN_ACCEPTED (the plan is fixed; only a review conference changes it) or PLAN_REJECTED (for the child's safety,
 * against a bottom line; the family may present an amended plan). NO_PLAN is a valid, recorded outcome.
 * CANCELLED carries a reason.
 */
public enum FgcStatus {
    OFFERED, FAMILY_DECLINED, CONSENTED, PREPARING, SCHEDULED, INFORMATION_SHARING, PRIVATE_FAMILY_TIME,
    PLAN_PRESENTATION, PLAN_PRESENTED, PLAN_ACCEPTED, PLAN_REJECTED, NO_PLAN, CANCELLED;

    /** Until the conference meets, it can be cancelled. */
    public boolean beforeMeeting() {
        return this == OFFERED || this == CONSENTED || this == PREPARING || this == SCHEDULED;
    }

    /** Ended: nothing more happens in this conference (a review is a new one). */
    public boolean ended() {
        return this == FAMILY_DECLINED || this == PLAN_ACCEPTED || this == NO_PLAN || this == CANCELLED;
    }
}
