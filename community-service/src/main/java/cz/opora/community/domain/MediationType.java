package cz.opora.community.domain;

/** What a mediation is about. */
public enum MediationType {
    NEIGHBOUR, SCHOOL, FAMILY, OTHER
}
