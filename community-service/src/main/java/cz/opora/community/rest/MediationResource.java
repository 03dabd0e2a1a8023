package cz.opora.community.rest;

import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.security.Roles;
import cz.opora.community.service.MediationCaseInput;
import cz.opora.community.service.MediationCaseView;
import cz.opora.community.service.MediationOutcomeInput;
import cz.opora.community.service.MediationService;
import cz.opora.community.service.MediationSessionInput;
import cz.opora.community.service.MediationSessionView;
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

/** HTTP mapping of mediation cases; rules live in {@link MediationService}. */
@Path("/api/v1/mediation-cases")
@Tag(name = "Mediation", description = "Mediation cases of the mediating organization: parties as labels, sessions, outcome")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MEDIATOR, Roles.ORG_ADMIN})
public class MediationResource {
    @Inject
    MediationService mediations;

    @POST
    @Operation(summary = "Open a mediation", description = "Parties as labels and roles, never names.")
    public Response open(@NotNull @Valid MediationCaseInput body, @Context UriInfo uri) {
        MediationCaseView view = mediations.open(body);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(ETags.of(view.version())).entity(view).build();
    }

    @GET
    @Operation(summary = "The organization's mediations, newest first")
    public Page<MediationCaseView> list(@QueryParam("limit") String limit, @QueryParam("after") String after) {
        return mediations.list(PageRequest.of(limit, after));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A mediation")
    public Response get(@PathParam("id") UUID id) {
        MediationCaseView view = mediations.get(id);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("{id}/sessions")
    @Operation(summary = "A session of an open mediation", description = "409 once the mediation ended.")
    public Response session(@PathParam("id") UUID id, @NotNull @Valid MediationSessionInput body) {
        return Response.status(Response.Status.CREATED).entity(mediations.recordSession(id, body)).build();
    }

    @GET
    @Path("{id}/sessions")
    @Operation(summary = "The mediation's sessions, newest day first")
    public Page<MediationSessionView> sessions(@PathParam("id") UUID id, @QueryParam("limit") String limit,
                                               @QueryParam("after") String after) {
        return mediations.sessions(id, PageRequest.of(limit, after));
    }

    @PUT
    @Path("{id}/outcome")
    @Operation(summary = "How the mediation ended; closes it", description = "If-Match required; 409 when it ended already.")
    public Response outcome(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid MediationOutcomeInput body) {
        MediationCaseView view = mediations.close(id, ifMatch, body);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
