package cz.opora.tutoring.rest;

import cz.opora.common.security.Roles;
import cz.opora.tutoring.service.FamilyTutoring;
import cz.opora.tutoring.service.MatchService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The family's own organization (its SAS worker) reads its children's tutoring. */
@Path("/api/v1/families/{familyId}/tutoring")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Home tutoring")
public class FamilyTutoringResource {
    @Inject
    MatchService matches;

    @GET
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER})
    @Operation(summary = "The family's tutoring: matches and sessions with the tutors' notes",
            description = "The family's own organization only (404 otherwise). Audited.")
    public FamilyTutoring get(@PathParam("familyId") UUID familyId) {
        return matches.forFamily(familyId);
    }
}
