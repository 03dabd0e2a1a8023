package cz.opora.conference.rest;

import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Params;
import cz.opora.common.rest.Problem;
import cz.opora.common.security.Roles;
import cz.opora.conference.domain.FgcStatus;
import cz.opora.conference.service.Cancellation;
import cz.opora.conference.service.ConferenceMeetingService;
import cz.opora.conference.service.CoordinatorAssignment;
import cz.opora.conference.service.CoordinatorCandidate;
import cz.opora.conference.service.CoordinatorChoiceService;
import cz.opora.conference.service.ExclusionAppeal;
import cz.opora.conference.service.ExclusionAppealDecision;
import cz.opora.conference.service.FamilyConferenceArrangements;
import cz.opora.conference.service.FamilyConferenceContribution;
import cz.opora.conference.service.FamilyConferenceInvitation;
import cz.opora.conference.service.FamilyConferenceOffer;
import cz.opora.conference.service.FamilyConferenceService;
import cz.opora.conference.service.FamilyConferenceView;
import cz.opora.conference.service.FamilyDecision;
import cz.opora.conference.service.FamilyPlanDecision;
import cz.opora.conference.service.FamilyPlanInput;
import cz.opora.conference.service.FamilyPlanService;
import cz.opora.conference.service.InvitationAnswer;
import cz.opora.conference.service.InvitationService;
import cz.opora.conference.service.NoPlan;
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

/**
 * HTTP mapping of family group conferences; rules live in {@link FamilyConferenceService} and the services of its
 * steps. Every step takes the conference's current ETag in If-Match (428 without, 412 when stale) and answers the
 * conference as it is now, with its ETag; a step from the wrong state answers 409 naming {@code currentStatus}, a
 * step that belongs to another actor 403, a conference the caller's organization does not see 404.
 */
@Path("/api/v1/family-conferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Family conferences", description = "Family group conferences (rodinné konference) and their reviews")
@RolesAllowed({Roles.OSPOD_WORKER, Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.FGC_COORDINATOR, Roles.ORG_ADMIN})
public class FamilyConferenceResource {
    @Inject
    FamilyConferenceService conferences;
    @Inject
    CoordinatorChoiceService coordinatorChoice;
    @Inject
    InvitationService invitations;
    @Inject
    ConferenceMeetingService meeting;
    @Inject
    FamilyPlanService plans;

    @POST
    @RolesAllowed({Roles.OSPOD_WORKER, Roles.CASE_MANAGER})
    @Operation(summary = "Offer the family a family group conference",
            description = "The referrer states the concern, the question for the family and the bottom lines. The family decides next.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = FamilyConferenceView.class)))
    @APIResponse(responseCode = "400", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response offer(@NotNull @Valid FamilyConferenceOffer body, @Context UriInfo uri) {
        FamilyConferenceView view = conferences.offer(body);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(ETags.of(view.version())).entity(view).build();
    }

    @GET
    @Operation(summary = "Your organization's family conferences (as referrer or coordinator), newest first")
    public Page<FamilyConferenceView> list(@QueryParam("status") String status, @QueryParam("limit") String limit,
                                           @QueryParam("after") String after) {
        return conferences.list(Params.enumValue(FgcStatus.class, status, "status"), PageRequest.of(limit, after));
    }

    @GET
    @Path("awaiting-coordinator")
    @RolesAllowed({Roles.FGC_COORDINATOR, Roles.ORG_ADMIN})
    @Operation(summary = "Consented conferences waiting for a coordinator, oldest first",
            description = "For FGC_COORDINATION organizations; the family is not named until a coordinator is assigned.")
    public Page<FamilyConferenceView> awaiting(@QueryParam("limit") String limit, @QueryParam("after") String after) {
        return conferences.awaitingCoordinator(PageRequest.of(limit, after));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One family conference", description = "allowedSteps: what your organization may do now. Audited.")
    public Response get(@PathParam("id") UUID id) {
        return tagged(conferences.get(id));
    }

    @POST
    @Path("{id}/family-decision")
    @Operation(summary = "Record the family's decision", description = "Referrer. An adult member consents (name the "
            + "FAMILY_CONFERENCE consent recorded in family-service) or declines; without consent nothing proceeds.")
    public Response decide(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid FamilyDecision body) {
        return tagged(conferences.decideFamily(id, ifMatch, body));
    }

    @GET
    @Path("{id}/coordinator-candidates")
    @Operation(summary = "Coordinators to choose from", description = "Whether each is independent of the family (and "
            + "why not) and matches the family's wishes for language and gender.")
    public List<CoordinatorCandidate> candidates(@PathParam("id") UUID id) {
        return coordinatorChoice.candidates(id);
    }

    @PUT
    @Path("{id}/coordinator")
    @RolesAllowed({Roles.FGC_COORDINATOR, Roles.ORG_ADMIN})
    @Operation(summary = "Assign the coordinator", description = "A coordination organization. A coordinator of the "
            + "referrer's organization, of the family's own, or of any organization working with it on an open referral "
            + "is refused: 409 coordinator-not-independent saying why.")
    @APIResponse(responseCode = "409", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response assign(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid CoordinatorAssignment body) {
        return tagged(coordinatorChoice.assignCoordinator(id, ifMatch, body));
    }

    @POST
    @Path("{id}/invitees")
    @Operation(summary = "Invite someone from the family's network", description = "Coordinator, one by one.")
    public Response invite(@PathParam("id") UUID id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid FamilyConferenceInvitation body) {
        return tagged(invitations.invite(id, ifMatch, body));
    }

    @PUT
    @Path("{id}/invitees/{inviteeId}")
    @Operation(summary = "Record an invitee's answer, or exclude for safety", description = "Coordinator. EXCLUDED needs a reason.")
    public Response answer(@PathParam("id") UUID id, @PathParam("inviteeId") UUID inviteeId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid InvitationAnswer body) {
        return tagged(invitations.answer(id, inviteeId, ifMatch, body));
    }

    @POST
    @Path("{id}/invitees/{inviteeId}/appeal")
    @Operation(summary = "Record an excluded person's appeal", description = "Referrer or coordinator.")
    public Response appeal(@PathParam("id") UUID id, @PathParam("inviteeId") UUID inviteeId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ExclusionAppeal body) {
        return tagged(invitations.appeal(id, inviteeId, ifMatch, body));
    }

    @POST
    @Path("{id}/invitees/{inviteeId}/appeal-decision")
    @Operation(summary = "Decide an appeal", description = "Referrer: UPHELD, or OVERTURNED (invited again).")
    public Response decideAppeal(@PathParam("id") UUID id, @PathParam("inviteeId") UUID inviteeId,
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull @Valid ExclusionAppealDecision body) {
        return tagged(invitations.decideAppeal(id, inviteeId, ifMatch, body));
    }

    @PUT
    @Path("{id}/arrangements")
    @Operation(summary = "Date, place, interpreter, childcare", description = "Coordinator; schedules the conference.")
    public Response arrange(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid FamilyConferenceArrangements body) {
        return tagged(meeting.arrange(id, ifMatch, body));
    }

    @POST
    @Path("{id}/information-sharing")
    @Operation(summary = "Phase 1: information sharing begins", description = "Coordinator.")
    public Response start(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(meeting.start(id, ifMatch));
    }

    @POST
    @Path("{id}/contributions")
    @Operation(summary = "A professional's information and concerns", description = "Coordinator, during phase 1.")
    public Response contribute(@PathParam("id") UUID id,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid FamilyConferenceContribution body) {
        return tagged(meeting.contribute(id, ifMatch, body));
    }

    @POST
    @Path("{id}/private-family-time")
    @Operation(summary = "Phase 2: private family time begins", description = "Coordinator. Only its start and end are recorded, never its content.")
    public Response privateTime(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(meeting.privateTime(id, ifMatch));
    }

    @POST
    @Path("{id}/plan-presentation")
    @Operation(summary = "Phase 3: private time ends; the family presents its plan", description = "Coordinator. The conference counts as held.")
    public Response presentation(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(meeting.presentation(id, ifMatch));
    }

    @PUT
    @Path("{id}/plan")
    @Operation(summary = "Record the family's plan as presented", description = "Coordinator; again, amended, after a "
            + "rejection. An accepted plan is changed only by a review conference (409).")
    public Response plan(@PathParam("id") UUID id,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid FamilyPlanInput body) {
        return tagged(plans.presentPlan(id, ifMatch, body));
    }

    @POST
    @Path("{id}/no-plan")
    @Operation(summary = "Record that no plan was reached", description = "Coordinator; a valid outcome.")
    public Response noPlan(@PathParam("id") UUID id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid NoPlan body) {
        return tagged(plans.noPlan(id, ifMatch, body));
    }

    @POST
    @Path("{id}/plan-decision")
    @Operation(summary = "Accept the plan, or reject it for the child's safety", description = "Referrer. REJECTED names "
            + "the bottom line left unmet and why. ACCEPTED sends the plan to family-service as the family's own.")
    public Response decidePlan(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid FamilyPlanDecision body) {
        return tagged(plans.decidePlan(id, ifMatch, body));
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "Start a review conference of the accepted plan", description = "Referrer. Answers the new (review) conference.")
    public Response review(@PathParam("id") UUID id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context UriInfo uri) {
        FamilyConferenceView view = plans.review(id, ifMatch);
        return Response.created(uri.getBaseUriBuilder().path("/api/v1/family-conferences").path(view.id().toString()).build())
                .tag(ETags.of(view.version())).entity(view).build();
    }

    @POST
    @Path("{id}/cancellation")
    @Operation(summary = "Cancel before the conference meets, with a reason", description = "Referrer.")
    public Response cancel(@PathParam("id") UUID id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid Cancellation body) {
        return tagged(conferences.cancel(id, ifMatch, body));
    }

    private static Response tagged(FamilyConferenceView view) {
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
