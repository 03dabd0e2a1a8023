package cz.opora.community.domain;

/** A client's gender as the client states it, or not. */
public enum Gender {
    FEMALE, MALE, OTHER, NOT_STATED
}
