package cz.opora.referral.rest;

import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Problem;
import cz.opora.common.security.Roles;
import cz.opora.referral.service.DirectoryService;
import cz.opora.referral.service.OrganizationInput;
import cz.opora.referral.service.OrganizationView;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP mapping of the directory; rules live in {@link DirectoryService}. */
@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Directory", description = "Organizations that send and receive referrals")
public class OrganizationResource {
    @Inject
    DirectoryService directory;

    @GET
    @Authenticated
    @Operation(summary = "Search the directory", description = "Filters combine; sorted by name; keyset-paginated.")
    public Page<OrganizationView> search(
            @Parameter(description = "An organization type, e.g. SAS, SCHOOL") @QueryParam("type") String type,
            @Parameter(description = "A municipality served (case and diacritics do not matter)") @QueryParam("municipality") String municipality,
            @Parameter(description = "A service offered") @QueryParam("service") String service,
            @Parameter(description = "true: only those taking new clients") @QueryParam("accepting") String accepting,
            @Parameter(description = "Part of the name") @QueryParam("q") String q,
            @QueryParam("limit") String limit, @QueryParam("after") String after) {
        return directory.search(type, municipality, service, accepting, q, PageRequest.of(limit, after));
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "One organization", description = "For Opora organizations the id is their Keycloak alias.")
    public Response get(@PathParam("id") String id) {
        OrganizationView organization = directory.get(id);
        return Response.ok(organization).tag(ETags.of(organization.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(summary = "Write your organization's entry, or one you entered for an organization outside Opora",
            description = "Creates your own entry (201) or replaces it (If-Match). 403 for another organization's entry.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "403", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response save(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @NotNull @Valid OrganizationInput body, @Context UriInfo uri) {
        DirectoryService.Outcome outcome = directory.save(id, ifMatch, body);
        Response.ResponseBuilder response = outcome.created()
                ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return response.entity(outcome.organization()).tag(ETags.of(outcome.organization().version())).build();
    }

    @POST
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(summary = "Enter an organization that does not use Opora (a school, a court)",
            description = "Your organization maintains the entry; its id is made from the name.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response register(@NotNull @Valid OrganizationInput body, @Context UriInfo uri) {
        OrganizationView organization = directory.registerExternal(body);
        return Response.created(uri.getAbsolutePathBuilder().path(organization.id()).build())
                .tag(ETags.of(organization.version())).entity(organization).build();
    }
}
