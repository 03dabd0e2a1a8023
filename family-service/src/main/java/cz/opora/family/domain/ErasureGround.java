package cz.opora.family.domain;

/** The grounds of GDPR art. 17(1) on which a file may be erased. */
public enum ErasureGround {
    /** (a) the data are no longer necessary for the purpose. */
    NO_LONGER_NECESSARY,
    /** (b) the family withdrew the consent the processing rested on. */
    CONSENT_WITHDRAWN,
    /** The family asked for erasure (art. 17(1), with (c) an objection). */
    DATA_SUBJECT_REQUEST,
    /** (d) the data were processed unlawfully. */
    UNLAWFUL_PROCESSING,
    /** (e) a legal obligation requires it. */
    LEGAL_OBLIGATION
}
