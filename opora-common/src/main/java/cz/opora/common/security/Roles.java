package cz.opora.common.security;

/** The realm roles of the {@code opora} Keycloak realm. */
public final class Roles {
    public static final String OSPOD_WORKER = "ospod-worker";
    public static final String CASE_MANAGER = "case-manager";
    public static final String FAMILY_WORKER = "family-worker";
    public static final String NZDM_WORKER = "nzdm-worker";
    public static final String COMMUNITY_WORKER = "community-worker";
    public static final String MEDIATOR = "mediator";
    public static final String FGC_COORDINATOR = "fgc-coordinator";
    public static final String TUTOR = "tutor";
    public static final String CLUB_LEADER = "club-leader";
    public static final String ORG_ADMIN = "org-admin";
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
