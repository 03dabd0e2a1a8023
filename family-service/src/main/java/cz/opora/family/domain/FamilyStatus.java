package cz.opora.family.domain;

/** Where a family's case stands: intake (first contacts, agreement being made), active, closed. */
public enum FamilyStatus {
    INTAKE, ACTIVE, CLOSED
}
