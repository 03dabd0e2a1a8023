package cz.opora.family.domain;

/** How a domain of the family's situation stands. */
public enum Rating {
    SERIOUS_CONCERN, CONCERN, ADEQUATE, STRENGTH, NOT_ASSESSED
}
