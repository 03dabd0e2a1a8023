package cz.opora.family.rest;

import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Problem;
import cz.opora.common.security.Roles;
import cz.opora.family.service.ConsentService;
import cz.opora.family.service.ConsentView;
import cz.opora.family.service.GrantConsent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

/** HTTP mapping of the consent ledger; rules live in {@link ConsentService}. */
@Path("/api/v1/families/{familyId}/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consents", description = "The family's consent ledger: what may be shared, with whom, until when")
public class ConsentResource {
    @Inject
    ConsentService service;

    @POST
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER})
    @Operation(summary = "Record a consent from a signed form",
            description = "Given by an adult member. SHARING names one recipient organization or one organization type.")
    @APIResponse(responseCode = "201", description = "Recorded; Location and ETag set",
            content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "400", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response grant(@PathParam("familyId") UUID familyId, @NotNull @Valid GrantConsent body, @Context UriInfo uri) {
        ConsentView consent = service.grant(familyId, body);
        return Response.created(uri.getAbsolutePathBuilder().path(consent.id().toString()).build())
                .tag(ETags.of(consent.version())).entity(consent).build();
    }

    @GET
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER})
    @Operation(summary = "The family's consent ledger, newest first", description = "Withdrawn and expired ones included. Audited.")
    public Page<ConsentView> list(@PathParam("familyId") UUID familyId, @QueryParam("limit") String limit,
                                  @QueryParam("after") String after) {
        return service.list(familyId, PageRequest.of(limit, after));
    }

    @GET
    @Path("{consentId}")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER})
    @Operation(summary = "Read a consent", description = "ETag set. Audited.")
    public Response get(@PathParam("familyId") UUID familyId, @PathParam("consentId") UUID consentId) {
        ConsentView consent = service.get(familyId, consentId);
        return Response.ok(consent).tag(ETags.of(consent.version())).build();
    }

    @POST
    @Path("{consentId}/withdrawal")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER})
    @Operation(summary = "Withdraw a consent", description = "At the family's request, at any time. If-Match: the consent's "
            + "ETag. 409 when already withdrawn or expired.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "409", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@PathParam("familyId") UUID familyId, @PathParam("consentId") UUID consentId,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ConsentService.Withdrawal body) {
        ConsentView consent = service.withdraw(familyId, consentId, ifMatch, body);
        return Response.ok(consent).tag(ETags.of(consent.version())).build();
    }
}
