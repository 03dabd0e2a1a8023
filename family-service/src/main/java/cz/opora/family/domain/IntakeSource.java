package cz.opora.family.domain;

/** Where a case file came from: who referred the family to the organization, or how the organization found it. */
public enum IntakeSource {
    /** Referred through Opora by another organization: the file was opened from the accepted referral. */
    OPORA_REFERRAL,
    /** Referred by OSPOD outside Opora (a letter, a call). */
    OSPOD,
    SCHOOL,
    HEALTH_SERVICE,
    COURT,
    /** Another social service outside Opora. */
    OTHER_SERVICE,
    /** The family came by itself. */
    SELF_REFERRAL,
    /** Found by field or community work. */
    OUTREACH,
    OTHER,
    /** Files registered before the intake source was recorded. */
    NOT_RECORDED
}
