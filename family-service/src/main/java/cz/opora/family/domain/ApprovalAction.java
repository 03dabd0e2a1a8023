package cz.opora.family.domain;

/** Actions an organization may put under a supervisor's approval (ApprovalPolicy). */
public enum ApprovalAction {
    /** Closing a case file. */
    CASE_CLOSURE
}
