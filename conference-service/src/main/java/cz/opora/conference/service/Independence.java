package cz.opora.conference.service;

import cz.opora.conference.domain.CoordinatorProfile;
import cz.opora.conference.domain.FamilyConference;

import java.util.List;
import java.util.Optional;

/**
 * The independence rule of family group conferences: the coordinator must not belong to the referrer's
 * organization, nor to any organization working with the family (its own organization, or either side of an open
 * referral). A pure rule; the caller supplies who works with the family.
 */
public final class Independence {
    private Independence() {
    }

    /** Why the coordinator is not independent of the family, or empty when it is. */
    public static Optional<String> why(FamilyConference c, CoordinatorProfile p, List<String> workingWithFamily) {
        if (p.organization.equals(c.referrerOrganization)) {
            return Optional.of("the coordinator belongs to the referrer's organization (" + p.organization + ")");
        }
        if (workingWithFamily.contains(p.organization)) {
            return Optional.of("the coordinator belongs to " + p.organization + ", which works with the family");
        }
        return Optional.empty();
    }
}
