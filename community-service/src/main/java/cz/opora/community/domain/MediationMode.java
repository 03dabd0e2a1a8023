package cz.opora.community.domain;

/** Who mediates: peers, the community, a professional mediator. */
public enum MediationMode {
    PEER, COMMUNITY, PROFESSIONAL
}
