package cz.opora.community.domain;

/** Where a programme meets. */
public enum PlaceKind {
    HOSTEL, SCHOOL, COMMUNITY_CENTRE, CLUB, OTHER
}
