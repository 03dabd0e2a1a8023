package cz.opora.family.domain;

/** An assessment is drafted with the family, then completed; a completed one is not changed (write a new one). */
public enum AssessmentStatus {
    DRAFT, COMPLETED
}
