package cz.opora.family.rest;

import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.security.Caller;
import cz.opora.common.security.Roles;
import cz.opora.family.service.AccessService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Problem;
import cz.opora.family.service.CaseFileService;
import cz.opora.family.service.FamilyView;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import java.util.UUID;
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
    @Inject
    CaseFileService caseFiles;

    @GET
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER, Roles.FGC_COORDINATOR,
            Roles.CLUB_LEADER})
    @Operation(summary = "Families shared with your organization",
            description = "One entry per live reason (referral, conference), with what you may see; newest first. Audited.")
    public Page<AccessService.SharedFamily> list(@QueryParam("limit") String limit, @QueryParam("after") String after) {
        return access.sharedWith(caller.organization(), PageRequest.of(limit, after));
    }

    @POST
    @Path("{familyId}/case-file")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER})
    @Operation(summary = "Open your organization's own case file of a family shared with you",
            description = "From an accepted referral (or a conference): the new file holds the household label, the "
                    + "municipality and the people and details you may see now, records who referred the family and through "
                    + "which referral, and is linked to the sharer's file. From then on it is your own record. 404 when "
                    + "nothing is shared with you; 409 case-file-exists (with caseFileId) when you have one already.")
    @APIResponse(responseCode = "201", description = "Opened; Location and ETag set",
            content = @Content(schema = @Schema(implementation = FamilyView.class)))
    @APIResponse(responseCode = "409", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response openCaseFile(@PathParam("familyId") UUID familyId, @Context UriInfo uri) {
        FamilyView family = caseFiles.openFromShared(familyId);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/families").path(family.id().toString()).build())
                .tag(ETags.of(family.version())).entity(family).build();
    }
}
