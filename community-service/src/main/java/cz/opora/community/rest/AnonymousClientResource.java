package cz.opora.community.rest;

import cz.opora.common.idempotency.IdempotentRequests;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.security.Roles;
import cz.opora.community.service.AnonymousClientInput;
import cz.opora.community.service.AnonymousClientView;
import cz.opora.community.service.ClientService;
import cz.opora.community.service.ContactInput;
import cz.opora.community.service.ContactView;
import cz.opora.community.service.FamilyLinkInput;
import cz.opora.community.service.FamilyLinkView;
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

/** HTTP mapping of anonymous clients, their contacts and family link; rules live in {@link ClientService}. */
@Path("/api/v1/anonymous-clients")
@Tag(name = "Anonymous clients", description = "Clients of a low-threshold service known by a code they chose; contacts and interventions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NZDM_WORKER, Roles.COMMUNITY_WORKER, Roles.ORG_ADMIN})
public class AnonymousClientResource {
    @Inject
    ClientService clients;

    @POST
    @Operation(summary = "Register an anonymous client", description = "A code or nickname the client chose (unique within "
            + "the organization, 409 otherwise), an age band and a gender; never a name.")
    public Response create(@NotNull @Valid AnonymousClientInput body, @Context UriInfo uri) {
        AnonymousClientView view = clients.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(ETags.of(view.version())).entity(view).build();
    }

    @GET
    @Operation(summary = "The organization's anonymous clients, newest first")
    public Page<AnonymousClientView> list(@QueryParam("limit") String limit, @QueryParam("after") String after) {
        return clients.list(PageRequest.of(limit, after));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An anonymous client")
    public Response get(@PathParam("id") UUID id) {
        AnonymousClientView view = clients.get(id);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a client's code, age band or gender", description = "If-Match required.")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid AnonymousClientInput body) {
        AnonymousClientView view = clients.update(id, ifMatch, body);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("{id}/contacts")
    @Operation(summary = "Record a contact and its interventions", description = "The worker is the caller. The "
            + "interventions' minutes fit in the contact's duration; each type once.")
    public Response contact(@PathParam("id") UUID id, @NotNull @Valid ContactInput body,
                            @Parameter(description = "A key of the client's choice (a UUID): repeating the request with "
                                    + "the same key and body answers with the contact the first one recorded")
                            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        ContactView view = clients.recordContact(id, body, idempotencyKey);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("{id}/contacts")
    @Operation(summary = "The client's contacts, newest day first")
    public Page<ContactView> contacts(@PathParam("id") UUID id, @QueryParam("limit") String limit,
                                      @QueryParam("after") String after) {
        return clients.contacts(id, PageRequest.of(limit, after));
    }

    @PUT
    @Path("{id}/family-link")
    @Operation(summary = "Link the client, with the client's agreement, to a member of the organization's own case file",
            description = "If-Match of the client required. Another organization's family answers exactly as a missing one (400 naming familyId).")
    public Response link(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @NotNull @Valid FamilyLinkInput body) {
        FamilyLinkView view = clients.link(id, ifMatch, body);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @GET
    @Path("{id}/family-link")
    @Operation(summary = "The member of the case file the client is linked to", description = "404 when not linked. Audited.")
    public FamilyLinkView familyLink(@PathParam("id") UUID id) {
        return clients.familyLink(id);
    }
}
