package cz.opora.referral.domain;

/** The outcome the recipient reports back when it completes its work. */
public enum Outcome {
    GOALS_MET, GOALS_PARTLY_MET, GOALS_NOT_MET, FAMILY_DISENGAGED, REFERRED_ON
}
