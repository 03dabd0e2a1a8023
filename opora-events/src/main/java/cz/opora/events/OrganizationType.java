package cz.opora.events;

/** The kinds of organizations Opora knows: the Keycloak claim {@code org_type} and the directory's types. */
public enum OrganizationType {
    OSPOD, SAS, NZDM, SCHOOL, COUNSELLING, PROBATION_MEDIATION, POLICE, COURT, HEALTH, LABOUR_OFFICE, HOUSING,
    DEBT_COUNSELLING, LEGAL_AID, MEDIATION, FGC_COORDINATION, EDUCATION, OTHER
}
