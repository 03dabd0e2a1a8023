package cz.opora.community.domain;

/** What a worker did in a contact (the low-threshold service's performance categories). */
public enum InterventionType {
    CONTACT_WORK, CRISIS_HELP, COUNSELLING, ACCOMPANIMENT, LEISURE_PREVENTIVE, GROUP_WORK
}
