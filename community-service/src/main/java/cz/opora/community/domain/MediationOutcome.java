package cz.opora.community.domain;

/** How a mediation ended. */
public enum MediationOutcome {
    AGREEMENT_REACHED, PARTIAL, NOT_REACHED, WITHDRAWN
}
