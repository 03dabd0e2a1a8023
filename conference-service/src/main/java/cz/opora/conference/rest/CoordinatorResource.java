package cz.opora.conference.rest;

import cz.opora.common.rest.ETags;
import cz.opora.common.security.Roles;
import cz.opora.conference.service.CoordinatorService;
import io.quarkus.security.Authenticated;
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

import java.util.List;
import java.util.UUID;

/** HTTP mapping of coordinator profiles; rules live in {@link CoordinatorService}. */
@Path("/api/v1/coordinators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Family conferences")
public class CoordinatorResource {
    @Inject
    CoordinatorService coordinators;

    @GET
    @Authenticated
    @Operation(summary = "Active family conference coordinators", description = "Optionally by language and gender (FEMALE, MALE).")
    public List<CoordinatorService.View> list(@QueryParam("language") String language, @QueryParam("gender") String gender) {
        return coordinators.list(language, gender);
    }

    @GET
    @Path("me")
    @RolesAllowed(Roles.FGC_COORDINATOR)
    @Operation(summary = "Your own coordinator profile", description = "404 until you create it. ETag set.")
    public Response own() {
        CoordinatorService.View view = coordinators.own();
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @PUT
    @Path("me")
    @RolesAllowed(Roles.FGC_COORDINATOR)
    @Operation(summary = "Your own coordinator profile", description = "Created on first call; If-Match to replace it.")
    public Response saveOwn(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid CoordinatorService.Input body) {
        CoordinatorService.View view = coordinators.saveOwn(body, ifMatch);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(summary = "Enter a coordinator of your organization")
    public Response register(@NotNull @Valid CoordinatorService.Input body, @Context UriInfo uri) {
        CoordinatorService.View view = coordinators.register(body);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(ETags.of(view.version())).entity(view).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ORG_ADMIN, Roles.FGC_COORDINATOR})
    @Operation(summary = "Change a coordinator of your organization", description = "If-Match required.")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid CoordinatorService.Input body) {
        CoordinatorService.View view = coordinators.update(id, ifMatch, body);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
