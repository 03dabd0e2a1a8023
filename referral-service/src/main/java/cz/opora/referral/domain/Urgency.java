package cz.opora.referral.domain;

/** How fast the recipient must answer; each has a response deadline in configuration. */
public enum Urgency {
    ROUTINE, URGENT, EMERGENCY
}
