package cz.opora.family.domain;

/** A worker's part in the team around a family, besides the key worker (case manager). */
public enum TeamRole {
    FAMILY_ASSISTANT, COMMUNITY_WORKER, PEDAGOGICAL_ASSISTANT, OTHER
}
