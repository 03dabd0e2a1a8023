package cz.opora.events;

/**
 * The parts of a family's record a consent (and an access grant) lets another organization see. BASIC is always included: names,
 * ages and roles of the members, municipality, the key worker.
 */
public enum DataScope {
    BASIC, CONTACT_DETAILS, SCHOOL, ASSESSMENT, PLANS, CONTACT_RECORDS
}
