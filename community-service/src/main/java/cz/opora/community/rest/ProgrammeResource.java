package cz.opora.community.rest;

import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.security.Roles;
import cz.opora.community.service.ProgrammeInput;
import cz.opora.community.service.ProgrammeService;
import cz.opora.community.service.ProgrammeSessionInput;
import cz.opora.community.service.ProgrammeSessionView;
import cz.opora.community.service.ProgrammeView;
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

/** HTTP mapping of group and community programmes; rules live in {@link ProgrammeService}. */
@Path("/api/v1/programmes")
@Tag(name = "Community programmes", description = "Group and community programmes: place, facilitators, sessions, attendance by age band")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMMUNITY_WORKER, Roles.NZDM_WORKER, Roles.ORG_ADMIN})
public class ProgrammeResource {
    @Inject
    ProgrammeService programmes;

    @POST
    @Operation(summary = "Start a programme")
    public Response create(@NotNull @Valid ProgrammeInput body, @Context UriInfo uri) {
        ProgrammeView view = programmes.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(ETags.of(view.version())).entity(view).build();
    }

    @GET
    @Operation(summary = "The organization's programmes, newest first")
    public Page<ProgrammeView> list(@QueryParam("limit") String limit, @QueryParam("after") String after) {
        return programmes.list(PageRequest.of(limit, after));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A programme")
    public Response get(@PathParam("id") UUID id) {
        ProgrammeView view = programmes.get(id);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a programme (name, place, facilitators, outcomes)", description = "If-Match required.")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ProgrammeInput body) {
        ProgrammeView view = programmes.update(id, ifMatch, body);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("{id}/sessions")
    @Operation(summary = "A session and how many came, by age band")
    public Response session(@PathParam("id") UUID id, @NotNull @Valid ProgrammeSessionInput body) {
        return Response.status(Response.Status.CREATED).entity(programmes.recordSession(id, body)).build();
    }

    @GET
    @Path("{id}/sessions")
    @Operation(summary = "The programme's sessions, newest day first")
    public Page<ProgrammeSessionView> sessions(@PathParam("id") UUID id, @QueryParam("limit") String limit,
                                               @QueryParam("after") String after) {
        return programmes.sessions(id, PageRequest.of(limit, after));
    }
}
