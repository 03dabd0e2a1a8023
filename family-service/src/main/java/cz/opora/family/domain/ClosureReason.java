package cz.opora.family.domain;

/** Why a case was closed. */
public enum ClosureReason {
    GOALS_MET, MOVED_AWAY, FAMILY_ENDED_COOPERATION, HANDED_OVER, OTHER
}
