package cz.opora.family.rest;

import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Problem;
import cz.opora.common.security.Roles;
import cz.opora.family.service.AssessmentInput;
import cz.opora.family.service.AssessmentService;
import cz.opora.family.service.AssessmentView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** HTTP mapping of assessments; rules live in {@link AssessmentService}. */
@Path("/api/v1/families/{familyId}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Structured assessment of the family's situation and its 6P formulation")
public class AssessmentResource {
    @Inject
    AssessmentService service;

    @POST
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER})
    @Operation(summary = "Start an assessment (a draft)")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("familyId") UUID familyId, @NotNull @Valid AssessmentInput body, @Context UriInfo uri) {
        AssessmentView assessment = service.create(familyId, body);
        return Response.created(uri.getAbsolutePathBuilder().path(assessment.id().toString()).build())
                .tag(ETags.of(assessment.version())).entity(assessment).build();
    }

    @GET
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER, Roles.FGC_COORDINATOR, Roles.CLUB_LEADER})
    @Operation(summary = "The family's assessments, newest first (without their content)")
    public Page<AssessmentView> list(@PathParam("familyId") UUID familyId, @QueryParam("limit") String limit,
                                     @QueryParam("after") String after) {
        return service.list(familyId, PageRequest.of(limit, after));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER, Roles.FGC_COORDINATOR, Roles.CLUB_LEADER})
    @Operation(summary = "Read an assessment", description = "ETag set. Audited.")
    public Response get(@PathParam("familyId") UUID familyId, @PathParam("id") UUID id) {
        AssessmentView assessment = service.get(familyId, id);
        return Response.ok(assessment).tag(ETags.of(assessment.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER})
    @Operation(summary = "Replace a draft's content", description = "If-Match required; 409 once completed.")
    public Response replace(@PathParam("familyId") UUID familyId, @PathParam("id") UUID id,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid AssessmentInput body) {
        AssessmentView assessment = service.replace(familyId, id, ifMatch, body);
        return Response.ok(assessment).tag(ETags.of(assessment.version())).build();
    }

    @POST
    @Path("{id}/completion")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.OSPOD_WORKER})
    @Operation(summary = "Complete an assessment", description = "If-Match required. Publishes assessment-completed.")
    public Response complete(@PathParam("familyId") UUID familyId, @PathParam("id") UUID id,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AssessmentView assessment = service.complete(familyId, id, ifMatch);
        return Response.ok(assessment).tag(ETags.of(assessment.version())).build();
    }
}
