package cz.opora.events;

/** What a consent allows. */
public enum ConsentPurpose {
    /** Sharing the family's data with a named organization, or with organizations of one type. */
    SHARING,
    /** Preparing and holding a family group conference. */
    FAMILY_CONFERENCE,
    /** Home tutoring or a preschool club for the family's children. */
    TUTORING
}
