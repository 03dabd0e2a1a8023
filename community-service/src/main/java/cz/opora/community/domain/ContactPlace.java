package cz.opora.community.domain;

/** Where a contact took place: in the club, in the field (streetwork), online. */
public enum ContactPlace {
    CLUB, FIELD, ONLINE
}
