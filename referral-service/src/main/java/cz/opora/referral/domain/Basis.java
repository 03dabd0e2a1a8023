package cz.opora.referral.domain;

/**
 * What allows the family's data to go to the recipient: the family's consent, or the law (only where OSPOD sends
 * or receives, with the legal reference, for example § 10 odst. 4 zákona č. 359/1999 Sb.).
 */
public enum Basis {
    CONSENT, STATUTORY
}
