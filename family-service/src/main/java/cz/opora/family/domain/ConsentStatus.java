package cz.opora.family.domain;

/** A consent's standing on a given day. */
public enum ConsentStatus {
    NOT_YET_VALID, VALID, EXPIRED, WITHDRAWN
}
