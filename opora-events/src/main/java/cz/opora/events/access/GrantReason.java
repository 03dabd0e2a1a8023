package cz.opora.events.access;

/** Why an organization may see a family ({@code reason} of {@code cz.opora.access.granted}). */
public enum GrantReason {
    /** It accepted a referral of the family. */
    REFERRAL,
    /** It takes part in a case conference about the family. */
    CASE_CONFERENCE,
    /** It coordinates or takes part in a family group conference. */
    FAMILY_CONFERENCE
}
