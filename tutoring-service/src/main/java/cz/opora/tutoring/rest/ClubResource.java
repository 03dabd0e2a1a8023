package cz.opora.tutoring.rest;

import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.security.Roles;
import cz.opora.tutoring.service.ClubInput;
import cz.opora.tutoring.service.ClubService;
import cz.opora.tutoring.service.ClubSessionInput;
import cz.opora.tutoring.service.ClubView;
import cz.opora.tutoring.service.EnrolmentInput;
import cz.opora.tutoring.service.EnrolmentView;
import cz.opora.tutoring.service.ReadinessInput;
import cz.opora.tutoring.service.ReadinessView;
import cz.opora.tutoring.service.SchoolEntryInput;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    public Response create(@NotNull @Valid ClubInput body, @Context UriInfo uri) {
        ClubView view = clubs.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build();
    }

    @GET
    @Operation(summary = "The programme's clubs by name, with how many children are enrolled and waiting",
            description = "Paged like every list.")
    public Page<ClubView> list(@QueryParam("limit") String limit, @QueryParam("after") String after) {
        return clubs.list(PageRequest.of(limit, after));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A club and its children", description = "Enrolled, then the waiting list in order. Audited.")
    public ClubView get(@PathParam("id") UUID id) {
        return clubs.get(id);
    }

    @POST
    @Path("{id}/enrolments")
    @Operation(summary = "Enrol a child", description = "Preschool age (OPORA_TUTORING_CLUB_MIN_AGE to _MAX_AGE, from the "
            + "birth date) and the family's consent to the programme; a full club puts the child on the waiting list.")
    public Response enrol(@PathParam("id") UUID id, @NotNull @Valid EnrolmentInput body) {
        return Response.status(Response.Status.CREATED).entity(clubs.enrol(id, body)).build();
    }

    @POST
    @Path("{id}/enrolments/{enrolmentId}/leaving")
    @Operation(summary = "A child leaves the club", description = "The first child waiting takes the place.")
    public ClubView leave(@PathParam("id") UUID id, @PathParam("enrolmentId") UUID enrolmentId) {
        return clubs.leave(id, enrolmentId);
    }

    @POST
    @Path("{id}/sessions")
    @Operation(summary = "A session with its attendance register", description = "For the whole group at once; children "
            + "enrolled but not listed are recorded absent.")
    public Response session(@PathParam("id") UUID id, @NotNull @Valid ClubSessionInput body) {
        return Response.status(Response.Status.CREATED).entity(clubs.recordSession(id, body)).build();
    }

    @PUT
    @Path("{id}/enrolments/{enrolmentId}/readiness")
    @Operation(summary = "School-readiness assessment, at entry or before school",
            description = "A score of 1 to 4 per configured domain (OPORA_TUTORING_READINESS_DOMAINS).")
    public ReadinessView readiness(@PathParam("id") UUID id, @PathParam("enrolmentId") UUID enrolmentId,
                                         @NotNull @Valid ReadinessInput body) {
        return clubs.assess(id, enrolmentId, body);
    }

    @PUT
    @Path("{id}/enrolments/{enrolmentId}/school-entry")
    @Operation(summary = "Where the child started school", description = "MAINSTREAM, MAINSTREAM_WITH_SUPPORT, SPECIAL, POSTPONED.")
    public EnrolmentView schoolEntry(@PathParam("id") UUID id, @PathParam("enrolmentId") UUID enrolmentId,
                                                 @NotNull @Valid SchoolEntryInput body) {
        return clubs.recordSchoolEntry(id, enrolmentId, body);
    }
}
