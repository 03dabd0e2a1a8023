package cz.opora.tutoring.rest;

import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Params;
import cz.opora.common.security.Roles;
import cz.opora.tutoring.service.TutorInput;
import cz.opora.tutoring.service.TutorService;
import cz.opora.tutoring.service.TutorView;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** HTTP mapping of tutors and their vetting; rules live in {@link TutorService}. */
@Path("/api/v1/tutors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tutors", description = "Volunteer tutors and their vetting")
@RolesAllowed({Roles.CLUB_LEADER, Roles.ORG_ADMIN, Roles.TUTOR})
public class TutorResource {
    @Inject
    TutorService tutors;

    @POST
    @RolesAllowed({Roles.CLUB_LEADER, Roles.ORG_ADMIN})
    @Operation(summary = "Register a tutor", description = "Programme staff. username links the tutor's login.")
    public Response create(@NotNull @Valid TutorInput body, @Context UriInfo uri) {
        TutorView view = tutors.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(ETags.of(view.version())).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.CLUB_LEADER, Roles.ORG_ADMIN})
    @Operation(summary = "The programme's tutors by name", description = "Staff. vetting=EXPIRING lists those whose "
            + "criminal-record extract lapses within the warning period (OPORA_TUTORING_VETTING_WARNING).")
    public Page<TutorView> list(
            @Parameter(description = "COMPLETE, EXPIRING, EXPIRED, INCOMPLETE, INACTIVE") @QueryParam("vetting") String vetting,
            @QueryParam("limit") String limit, @QueryParam("after") String after) {
        return tutors.list(Params.enumValue(TutorService.Vetting.class, vetting, "vetting"), PageRequest.of(limit, after));
    }

    @GET
    @Path("me")
    @RolesAllowed(Roles.TUTOR)
    @Operation(summary = "Your own tutor record", description = "Tutors.")
    public TutorView me() {
        return tutors.me();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One tutor", description = "Staff, or the tutor.")
    public Response get(@PathParam("id") UUID id) {
        TutorView view = tutors.get(id);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.CLUB_LEADER, Roles.ORG_ADMIN})
    @Operation(summary = "Update a tutor and the vetting", description = "Staff. If-Match required.")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid TutorInput body) {
        TutorView view = tutors.update(id, ifMatch, body);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
