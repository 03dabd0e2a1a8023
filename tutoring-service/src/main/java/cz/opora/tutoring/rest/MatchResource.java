package cz.opora.tutoring.rest;

import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Problem;
import cz.opora.common.security.Roles;
import cz.opora.tutoring.service.MatchEnd;
import cz.opora.tutoring.service.MatchInput;
import cz.opora.tutoring.service.MatchService;
import cz.opora.tutoring.service.MatchView;
import cz.opora.tutoring.service.SchoolProgressInput;
import cz.opora.tutoring.service.SchoolProgressView;
import cz.opora.tutoring.service.TutoringSessionInput;
import cz.opora.tutoring.service.TutoringSessionView;
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

/** HTTP mapping of matches, sessions and school progress; rules live in {@link MatchService}. */
@Path("/api/v1/matches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Home tutoring", description = "Matches of a tutor and a child, sessions, school progress")
@RolesAllowed({Roles.CLUB_LEADER, Roles.ORG_ADMIN, Roles.TUTOR})
public class MatchResource {
    @Inject
    MatchService matches;

    @POST
    @RolesAllowed({Roles.CLUB_LEADER, Roles.ORG_ADMIN})
    @Operation(summary = "Propose a match", description = "Staff. The tutor's vetting must be complete and current "
            + "(409 tutor-not-vetted saying why); the child must be a child of a family that consented to tutoring.")
    @APIResponse(responseCode = "409", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response propose(@NotNull @Valid MatchInput body, @Context UriInfo uri) {
        MatchView view = matches.propose(body);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(ETags.of(view.version())).entity(view).build();
    }

    @GET
    @Operation(summary = "Matches, newest first", description = "Staff: the programme's; a tutor: only the own. Audited.")
    public Page<MatchView> list(@QueryParam("limit") String limit, @QueryParam("after") String after) {
        return matches.list(PageRequest.of(limit, after));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One match", description = "A tutor gets 404 for another tutor's match. Audited.")
    public Response get(@PathParam("id") UUID id) {
        return tagged(matches.get(id));
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed({Roles.CLUB_LEADER, Roles.ORG_ADMIN})
    @Operation(summary = "Start a proposed match", description = "Staff. Vetting and consent are checked again.")
    public Response start(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(matches.start(id, ifMatch));
    }

    @POST
    @Path("{id}/pause")
    @RolesAllowed({Roles.CLUB_LEADER, Roles.ORG_ADMIN})
    @Operation(summary = "Pause an active match", description = "Staff.")
    public Response pause(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(matches.pause(id, ifMatch));
    }

    @POST
    @Path("{id}/resumption")
    @RolesAllowed({Roles.CLUB_LEADER, Roles.ORG_ADMIN})
    @Operation(summary = "Resume a paused match", description = "Staff.")
    public Response resume(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(matches.resume(id, ifMatch));
    }

    @POST
    @Path("{id}/end")
    @RolesAllowed({Roles.CLUB_LEADER, Roles.ORG_ADMIN})
    @Operation(summary = "End a match, with the reason", description = "Staff.")
    public Response end(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @NotNull @Valid MatchEnd body) {
        return tagged(matches.end(id, ifMatch, body));
    }

    @POST
    @Path("{id}/sessions")
    @Operation(summary = "Record a session, held or missed", description = "The match's tutor or staff, while ACTIVE. "
            + "Missed sessions in a row reaching OPORA_TUTORING_MISSED_SESSIONS_ALERT alert the SAS worker.")
    public Response recordSession(@PathParam("id") UUID id, @NotNull @Valid TutoringSessionInput body) {
        return Response.status(Response.Status.CREATED).entity(matches.recordSession(id, body)).build();
    }

    @GET
    @Path("{id}/sessions")
    @Operation(summary = "The match's sessions, newest first", description = "Paged like every list.")
    public Page<TutoringSessionView> sessions(@PathParam("id") UUID id, @QueryParam("limit") String limit,
                                              @QueryParam("after") String after) {
        return matches.sessions(id, PageRequest.of(limit, after));
    }

    @PUT
    @Path("{id}/school-progress")
    @Operation(summary = "Record the child's school progress for a term", description = "Grades or the teacher's "
            + "feedback in the tutored subjects, attendance, moving up a year. Replaces the term's record.")
    public SchoolProgressView progress(@PathParam("id") UUID id, @NotNull @Valid SchoolProgressInput body) {
        return matches.recordProgress(id, body);
    }

    @GET
    @Path("{id}/school-progress")
    @Operation(summary = "The child's school progress, by term")
    public List<SchoolProgressView> progress(@PathParam("id") UUID id) {
        return matches.progress(id);
    }

    private static Response tagged(MatchView view) {
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
