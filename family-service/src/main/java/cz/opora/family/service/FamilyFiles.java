package cz.opora.family.service;

import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.events.DataScope;
import cz.opora.family.domain.Family;
import cz.opora.family.domain.FamilyRepository;
import cz.opora.family.domain.FamilyStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

/**
 * The guards every family-service operation starts with: the caller's organization's own case file, or a family shared
 * with it within a scope; anything else answers 404. One place, used by every service of the family's file (and by
 * the timeline), so that none of them depends on another for its access rule.
 */
@ApplicationScoped
public class FamilyFiles {
    @Inject
    FamilyRepository families;
    @Inject
    Caller caller;
    @Inject
    AccessService access;

    /** A family as the caller may see it: owned (shared is null), or shared with the caller's organization. */
    public record Visible(Family family, AccessService.Shared shared) {
    }

    /** The caller's organization's own case file, else 404. */
    public Family requireOwned(UUID id) {
        return families.findOwned(id, caller.organization()).orElseThrow(() -> ProblemException.notFound("The family"));
    }

    /** The family if the caller's organization owns it or may see the given scope of it; else 404. */
    public Visible requireVisible(UUID id, DataScope scope) {
        String organization = caller.organization();
        Family family = families.findWithMembers(id).orElseThrow(() -> ProblemException.notFound("The family"));
        if (family.owningOrganization.equals(organization)) {
            return new Visible(family, null);
        }
        if (family.status != FamilyStatus.CLOSED) {
            var shared = access.shared(id, organization);
            if (shared.isPresent() && shared.get().allows(scope)) {
                return new Visible(family, shared.get());
            }
        }
        throw ProblemException.notFound("The family");
    }

    /** A closed file takes no new records: 409 invalid-state naming its state. */
    public static void requireNotClosed(Family family) {
        if (family.status == FamilyStatus.CLOSED) {
            throw invalidState(family, "The family is closed; reopen it first.");
        }
    }

    static ProblemException invalidState(Family family, String detail) {
        return new ProblemException(Problem.of(Response.Status.CONFLICT, "invalid-state", detail)
                .with("currentState", family.status.name()));
    }
}
