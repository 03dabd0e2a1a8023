package cz.opora.tutoring.rest;

import cz.opora.common.security.Roles;
import cz.opora.tutoring.domain.ReadinessAssessment;
import cz.opora.tutoring.service.ClubService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** HTTP mapping of preschool clubs; rules live in {@link ClubService}. */
@Path("/api/v1/clubs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Preschool clubs", description = "Enrolment, attendance, school readiness, school entry")
@RolesAllowed({Roles.CLUB_LEADER, Roles.ORG_ADMIN})
public class ClubResource {
    @Inject
    ClubService clubs;

    @POST
    @Operation(summary = "Open a club")
    public Response create(@NotNull @Valid ClubService.Input body, @Context UriInfo uri) {
        ClubService.View view = clubs.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build();
    }

    @GET
    @Operation(summary = "The programme's clubs, with how many children are enrolled and waiting")
    public List<ClubService.View> list() {
        return clubs.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A club and its children", description = "Enrolled, then the waiting list in order. Audited.")
    public ClubService.View get(@PathParam("id") UUID id) {
        return clubs.get(id);
    }

    @POST
    @Path("{id}/enrolments")
    @Operation(summary = "Enrol a child", description = "Preschool age (OPORA_TUTORING_CLUB_MIN_AGE to _MAX_AGE, from the "
            + "birth date) and the family's consent to the programme; a full club puts the child on the waiting list.")
    public Response enrol(@PathParam("id") UUID id, @NotNull @Valid ClubService.Enrol body) {
        return Response.status(Response.Status.CREATED).entity(clubs.enrol(id, body)).build();
    }

    @POST
    @Path("{id}/enrolments/{enrolmentId}/leaving")
    @Operation(summary = "A child leaves the club", description = "The first child waiting takes the place.")
    public ClubService.View leave(@PathParam("id") UUID id, @PathParam("enrolmentId") UUID enrolmentId) {
        return clubs.leave(id, enrolmentId);
    }

    @POST
    @Path("{id}/sessions")
    @Operation(summary = "A session with its attendance register", description = "For the whole group at once; children "
            + "enrolled but not listed are recorded absent.")
    public Response session(@PathParam("id") UUID id, @NotNull @Valid ClubService.SessionInput body) {
        return Response.status(Response.Status.CREATED).entity(clubs.recordSession(id, body)).build();
    }

    @PUT
    @Path("{id}/enrolments/{enrolmentId}/readiness")
    @Operation(summary = "School-readiness assessment, at entry or before school",
            description = "A score of 1 to 4 per configured domain (OPORA_TUTORING_READINESS_DOMAINS).")
    public ReadinessAssessment readiness(@PathParam("id") UUID id, @PathParam("enrolmentId") UUID enrolmentId,
                                         @NotNull @Valid ClubService.Readiness body) {
        return clubs.assess(id, enrolmentId, body);
    }

    @PUT
    @Path("{id}/enrolments/{enrolmentId}/school-entry")
    @Operation(summary = "Where the child started school", description = "MAINSTREAM, MAINSTREAM_WITH_SUPPORT, SPECIAL, POSTPONED.")
    public ClubService.EnrolmentView schoolEntry(@PathParam("id") UUID id, @PathParam("enrolmentId") UUID enrolmentId,
                                                 @NotNull @Valid ClubService.SchoolEntry body) {
        return clubs.recordSchoolEntry(id, enrolmentId, body);
    }
}
