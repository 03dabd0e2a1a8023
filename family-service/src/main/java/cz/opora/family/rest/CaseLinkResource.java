package cz.opora.family.rest;

import cz.opora.common.rest.Problem;
import cz.opora.common.security.Roles;
import cz.opora.family.service.CaseFileService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Links between your case file and other organizations' files of the same household. */
@Path("/api/v1/families/{familyId}/links")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Families")
public class CaseLinkResource {
    @Inject
    CaseFileService caseFiles;

    @GET
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER})
    @Operation(summary = "Your case file's links to other organizations' files of the household",
            description = "With whether you may read each linked file now. Audited.")
    public List<CaseFileService.LinkView> list(@PathParam("familyId") UUID familyId) {
        return caseFiles.links(familyId);
    }

    @POST
    @RolesAllowed({Roles.CASE_MANAGER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER})
    @Operation(summary = "Link your case file to another organization's file of the household",
            description = "The other file must be shared with your organization (a live grant). A link shares nothing by "
                    + "itself. 409 already-linked.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CaseFileService.LinkView.class)))
    @APIResponse(responseCode = "400", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response link(@PathParam("familyId") UUID familyId, @NotNull @Valid CaseFileService.LinkInput body) {
        return Response.status(Response.Status.CREATED).entity(caseFiles.link(familyId, body)).build();
    }

    @DELETE
    @Path("{linkId}")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER})
    @Operation(summary = "Cut a link", description = "Either file's owner; both sides go and the other file's timeline says so.")
    @APIResponse(responseCode = "204", description = "Cut")
    public Response unlink(@PathParam("familyId") UUID familyId, @PathParam("linkId") UUID linkId) {
        caseFiles.unlink(familyId, linkId);
        return Response.noContent().build();
    }
}
