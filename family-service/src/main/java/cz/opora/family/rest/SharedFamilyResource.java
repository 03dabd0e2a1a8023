package cz.opora.family.rest;

import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.security.Caller;
import cz.opora.common.security.Roles;
import cz.opora.family.service.AccessService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Families other organizations share with the caller's, through an accepted referral or a conference. */
@Path("/api/v1/shared-families")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Families")
public class SharedFamilyResource {
    @Inject
    AccessService access;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER, Roles.FGC_COORDINATOR,
            Roles.CLUB_LEADER})
    @Operation(summary = "Families shared with your organization",
            description = "One entry per live reason (referral, conference), with what you may see; newest first. Audited.")
    public Page<AccessService.SharedFamily> list(@QueryParam("limit") String limit, @QueryParam("after") String after) {
        return access.sharedWith(caller.organization(), PageRequest.of(limit, after));
    }
}
