package cz.opora.referral.domain;

/** Why a recipient declined; the words go in the note, the category into statistics and events. */
public enum DeclineReason {
    NO_CAPACITY, OUTSIDE_AREA, NOT_OUR_SERVICE, FAMILY_DECLINED, ALREADY_SUPPORTED, OTHER
}
