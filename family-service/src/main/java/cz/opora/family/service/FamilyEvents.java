package cz.opora.family.service;

import cz.opora.events.family.FamilyRegistered;
import cz.opora.events.family.FamilyUpdated;
import cz.opora.family.domain.Family;
import cz.opora.family.domain.FamilyMember;

import java.util.List;

/** The event payloads family-service publishes, built from the record: what other services may know. */
final class FamilyEvents {
    private FamilyEvents() {
    }

    static FamilyRegistered registered(Family f) {
        return new FamilyRegistered(f.id, f.owningOrganization, f.name, f.municipality, f.status.name(), members(f),
                f.createdAt);
    }

    static FamilyUpdated updated(Family f) {
        return new FamilyUpdated(f.id, f.owningOrganization, f.name, f.municipality, f.status.name(), members(f),
                f.updatedAt);
    }

    /** A member as events carry it: no contact details, no school. */
    static FamilyRegistered.Member member(FamilyMember m) {
        return new FamilyRegistered.Member(m.id, m.role.name(), m.firstName, m.lastName, m.birthDate);
    }

    private static List<FamilyRegistered.Member> members(Family f) {
        return f.members.stream().map(FamilyEvents::member).toList();
    }
}
