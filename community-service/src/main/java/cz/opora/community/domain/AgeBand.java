package cz.opora.community.domain;

/** Age bands of anonymous clients and of programme participants (no birth dates: nothing that identifies). */
public enum AgeBand {
    UNDER_6, AGE_6_10, AGE_11_14, AGE_15_17, AGE_18_26, OVER_26
}
