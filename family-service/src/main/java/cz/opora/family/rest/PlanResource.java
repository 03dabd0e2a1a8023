package cz.opora.family.rest;

import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Problem;
import cz.opora.common.security.Roles;
import cz.opora.family.service.PlanInput;
import cz.opora.family.service.PlanService;
import cz.opora.family.service.PlanView;
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

import java.util.List;
import java.util.UUID;

/** HTTP mapping of individual plans; rules live in {@link PlanService}. */
@Path("/api/v1/families/{familyId}/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Individual plans: goals, steps, reviews, revisions")
public class PlanResource {
    @Inject
    PlanService service;
    @Inject
    cz.opora.family.service.ApprovalService approvals;

    @POST
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER})
    @Operation(summary = "Agree a plan with the family", description = "OSPOD_IPOD only by OSPOD workers. Where the "
            + "organization requires approval of IPOD plans (approval policy IPOD_PLAN), an IPOD answers 202 with the approval "
            + "request (Location /api/v1/approvals/{id}): the plan is agreed only once an approver approves it.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = cz.opora.family.service.ApprovalView.class)))
    @APIResponse(responseCode = "400", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response agree(@PathParam("familyId") UUID familyId, @NotNull @Valid PlanInput body, @Context UriInfo uri) {
        java.util.Optional<cz.opora.family.service.ApprovalView> pending = approvals.requestIpodPlan(familyId, body);
        if (pending.isPresent()) {
            return Response.accepted(pending.get()).location(java.net.URI.create("/api/v1/approvals/" + pending.get().id()))
                    .tag(ETags.of(pending.get().version())).build();
        }
        PlanView plan = service.agree(familyId, body);
        return Response.created(uri.getAbsolutePathBuilder().path(plan.id().toString()).build())
                .tag(ETags.of(plan.version())).entity(plan).build();
    }

    @GET
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER, Roles.FGC_COORDINATOR, Roles.CLUB_LEADER})
    @Operation(summary = "The family's plans, newest first (without goals)")
    public Page<PlanView> list(@PathParam("familyId") UUID familyId, @QueryParam("limit") String limit,
                               @QueryParam("after") String after) {
        return service.list(familyId, PageRequest.of(limit, after));
    }

    @GET
    @Path("{planId}")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER, Roles.FGC_COORDINATOR, Roles.CLUB_LEADER})
    @Operation(summary = "Read a plan with its goals and steps", description = "ETag set. Audited.")
    public Response get(@PathParam("familyId") UUID familyId, @PathParam("planId") UUID planId) {
        return withETag(service.get(familyId, planId));
    }

    @PUT
    @Path("{planId}")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER})
    @Operation(summary = "Revise a plan", description = "If-Match required. The previous revision is kept. 409 for a family's own plan.")
    public Response revise(@PathParam("familyId") UUID familyId, @PathParam("planId") UUID planId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid PlanInput body) {
        return withETag(service.revise(familyId, planId, ifMatch, body));
    }

    @GET
    @Path("{planId}/revisions")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER})
    @Operation(summary = "Earlier revisions of a plan, as they were, newest first")
    public List<PlanService.Revision> revisions(@PathParam("familyId") UUID familyId, @PathParam("planId") UUID planId) {
        return service.revisions(familyId, planId);
    }

    @PUT
    @Path("{planId}/goals/{goalId}/progress")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER})
    @Operation(summary = "Record a goal's progress", description = "If-Match: the plan's ETag. Allowed on the family's own plans too.")
    public Response goalProgress(@PathParam("familyId") UUID familyId, @PathParam("planId") UUID planId,
                                 @PathParam("goalId") UUID goalId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull @Valid PlanService.GoalProgress body) {
        return withETag(service.recordGoalProgress(familyId, planId, goalId, ifMatch, body));
    }

    @PUT
    @Path("{planId}/steps/{stepId}/progress")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER})
    @Operation(summary = "Record a step's status", description = "If-Match: the plan's ETag.")
    public Response stepProgress(@PathParam("familyId") UUID familyId, @PathParam("planId") UUID planId,
                                 @PathParam("stepId") UUID stepId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull @Valid PlanService.StepProgress body) {
        return withETag(service.recordStepProgress(familyId, planId, stepId, ifMatch, body));
    }

    private static Response withETag(PlanView plan) {
        return Response.ok(plan).tag(ETags.of(plan.version())).build();
    }
}
