package cz.opora.tutoring.rest;

import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.security.Roles;
import cz.opora.tutoring.service.WorkshopInput;
import cz.opora.tutoring.service.WorkshopService;
import cz.opora.tutoring.service.WorkshopSessionInput;
import cz.opora.tutoring.service.WorkshopView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** HTTP mapping of parent workshops; rules live in {@link WorkshopService}. */
@Path("/api/v1/workshops")
@Tag(name = "Parent workshops", description = "Workshops and groups for parents: sessions and attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLUB_LEADER, Roles.ORG_ADMIN})
public class WorkshopResource {
    @Inject
    WorkshopService workshops;

    @POST
    @Operation(summary = "Start a workshop or group for parents")
    public Response create(@NotNull @Valid WorkshopInput body) {
        return Response.status(Response.Status.CREATED).entity(workshops.create(body)).build();
    }

    @GET
    @Operation(summary = "The programme's workshops and groups, newest first")
    public Page<WorkshopView> list(@QueryParam("limit") String limit, @QueryParam("after") String after) {
        return workshops.list(PageRequest.of(limit, after));
    }

    @POST
    @Path("{id}/sessions")
    @Operation(summary = "A session and which adults came", description = "Adults of families that consented to the programme.")
    public Response session(@PathParam("id") UUID id, @NotNull @Valid WorkshopSessionInput body) {
        return Response.status(Response.Status.CREATED).entity(workshops.recordSession(id, body)).build();
    }
}
