package cz.opora.community.domain;

/** Kinds of group and community programme. */
public enum ProgrammeKind {
    COMMUNITY_WORK_HOSTEL, INTERCULTURAL, MUTUAL_UNDERSTANDING_SEMINAR, PARENT_GROUP, MOTHERS_CLUB, OTHER
}
