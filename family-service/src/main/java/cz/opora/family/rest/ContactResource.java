package cz.opora.family.rest;

import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.security.Roles;
import cz.opora.family.service.ContactInput;
import cz.opora.family.service.ContactService;
import cz.opora.family.service.ContactView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import java.util.UUID;

/** HTTP mapping of contacts; rules live in {@link ContactService}. */
@Path("/api/v1/families/{familyId}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "Every intervention with the family")
public class ContactResource {
    @Inject
    ContactService service;

    @POST
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER})
    @Operation(summary = "Record a contact", description = "Workers default to you; members and goals must be the family's.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ContactView.class)))
    public Response record(@PathParam("familyId") UUID familyId, @NotNull @Valid ContactInput body, @Context UriInfo uri) {
        ContactView contact = service.record(familyId, body);
        return Response.created(uri.getAbsolutePathBuilder().path(contact.id().toString()).build())
                .tag(ETags.of(contact.version())).entity(contact).build();
    }

    @GET
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER, Roles.FGC_COORDINATOR, Roles.CLUB_LEADER})
    @Operation(summary = "The family's contacts, newest first")
    public Page<ContactView> list(@PathParam("familyId") UUID familyId, @QueryParam("limit") String limit,
                                  @QueryParam("after") String after) {
        return service.list(familyId, PageRequest.of(limit, after));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER, Roles.FGC_COORDINATOR, Roles.CLUB_LEADER})
    @Operation(summary = "Read a contact", description = "ETag set.")
    public Response get(@PathParam("familyId") UUID familyId, @PathParam("id") UUID id) {
        ContactView contact = service.get(familyId, id);
        return Response.ok(contact).tag(ETags.of(contact.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER})
    @Operation(summary = "Correct a contact", description = "If-Match required.")
    public Response change(@PathParam("familyId") UUID familyId, @PathParam("id") UUID id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid ContactInput body) {
        ContactView contact = service.change(familyId, id, ifMatch, body);
        return Response.ok(contact).tag(ETags.of(contact.version())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.OSPOD_WORKER})
    @Operation(summary = "Delete a contact recorded by mistake", description = "If-Match required.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("familyId") UUID familyId, @PathParam("id") UUID id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(familyId, id, ifMatch);
        return Response.noContent().build();
    }
}
