package cz.opora.events;

/**
 * Why a consent stopped allowing anything: the family withdrew it ({@code cz.opora.family.consent-withdrawn}) or its
 * last valid day passed ({@code cz.opora.family.consent-expired}).
 */
public enum ConsentEndReason {
    WITHDRAWN, EXPIRED
}
