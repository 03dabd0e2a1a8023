package cz.opora.conference.rest;

import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Params;
import cz.opora.common.security.Roles;
import cz.opora.conference.service.Cancellation;
import cz.opora.conference.service.CaseConferenceFollowUp;
import cz.opora.conference.service.CaseConferenceMinutes;
import cz.opora.conference.service.CaseConferenceParticipantInput;
import cz.opora.conference.service.CaseConferenceParticipantUpdate;
import cz.opora.conference.service.CaseConferenceService;
import cz.opora.conference.service.CaseConferenceTaskFollowUp;
import cz.opora.conference.service.CaseConferenceView;
import cz.opora.conference.service.ConveneCaseConference;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** HTTP mapping of case conferences; rules live in {@link CaseConferenceService}. */
@Path("/api/v1/case-conferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Case conferences", description = "Případové konference: participants, minutes, tasks")
@RolesAllowed({Roles.OSPOD_WORKER, Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.NZDM_WORKER, Roles.FGC_COORDINATOR})
public class CaseConferenceResource {
    @Inject
    CaseConferenceService conferences;

    @POST
    @RolesAllowed({Roles.OSPOD_WORKER, Roles.CASE_MANAGER})
    @Operation(summary = "Convene a case conference", description = "About a family your organization works with. "
            + "OSPOD may give a statutory reference; otherwise participants from other organizations see the family "
            + "only within its consent.")
    public Response convene(@NotNull @Valid ConveneCaseConference body, @Context UriInfo uri) {
        CaseConferenceView view = conferences.convene(body);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(ETags.of(view.version())).entity(view).build();
    }

    @GET
    @Operation(summary = "Case conferences your organization convened or takes part in, latest first")
    public Page<CaseConferenceView> list(@QueryParam("upcoming") String upcoming, @QueryParam("limit") String limit,
                                         @QueryParam("after") String after) {
        return conferences.list(Boolean.TRUE.equals(Params.bool(upcoming, "upcoming")), PageRequest.of(limit, after));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One case conference", description = "Convener's and participants' organizations. Audited.")
    public Response get(@PathParam("id") UUID id) {
        return tagged(conferences.get(id));
    }

    @POST
    @Path("{id}/participants")
    @Operation(summary = "Invite a participant", description = "Convener. WORKER of another organization: access to the family for the conference, within the family's consent.")
    public Response addParticipant(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @NotNull @Valid CaseConferenceParticipantInput body) {
        return tagged(conferences.addParticipant(id, ifMatch, body));
    }

    @PUT
    @Path("{id}/participants/{participantId}")
    @Operation(summary = "Record a participant's invitation status", description = "Convener.")
    public Response updateParticipant(@PathParam("id") UUID id, @PathParam("participantId") UUID participantId,
                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid CaseConferenceParticipantUpdate body) {
        return tagged(conferences.updateParticipant(id, participantId, ifMatch, body));
    }

    @POST
    @Path("{id}/minutes")
    @Operation(summary = "Record the minutes: the conference was held", description = "Convener. The situation, the "
            + "child's view, each participant's view, decisions, tasks with owners and deadlines, the next meeting.")
    public Response minutes(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid CaseConferenceMinutes body) {
        return tagged(conferences.recordMinutes(id, ifMatch, body));
    }

    @PUT
    @Path("{id}/tasks/{taskId}")
    @Operation(summary = "Follow up a task", description = "Convener: DONE, NOT_DONE or OPEN, with a note.")
    public Response task(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid CaseConferenceTaskFollowUp body) {
        return tagged(conferences.followUpTask(id, taskId, ifMatch, body));
    }

    @POST
    @Path("{id}/follow-up")
    @Operation(summary = "The next meeting followed the tasks up", description = "Convener; from HELD.")
    public Response followUp(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid CaseConferenceFollowUp body) {
        return tagged(conferences.followUp(id, ifMatch, body));
    }

    @POST
    @Path("{id}/closure")
    @Operation(summary = "Close the case conference", description = "Convener; participants' access ends.")
    public Response close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(conferences.close(id, ifMatch));
    }

    @POST
    @Path("{id}/cancellation")
    @Operation(summary = "Cancel a planned case conference, with a reason", description = "Convener.")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid Cancellation body) {
        return tagged(conferences.cancel(id, ifMatch, body));
    }

    private static Response tagged(CaseConferenceView view) {
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
