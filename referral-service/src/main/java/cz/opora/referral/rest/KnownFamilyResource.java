package cz.opora.referral.rest;

import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Problem;
import cz.opora.common.security.Roles;
import cz.opora.referral.service.KnownFamilyService;
import cz.opora.referral.service.KnownFamilyView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The families the caller's organization may refer, as known from family-service's events. */
@Path("/api/v1/families")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Known families", description = "Families this service knows from family-service, for referrals")
public class KnownFamilyResource {
    @Inject
    KnownFamilyService service;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER})
    @Operation(summary = "A family known to referral-service", description = "404 unless visible to the caller's organization. Audited.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = KnownFamilyView.class)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KnownFamilyView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER})
    @Operation(summary = "Families known to referral-service", description = "Newest first, keyset-paginated. Audited.")
    public Page<KnownFamilyView> list(
            @Parameter(description = "Page size, 1 to " + PageRequest.MAX_LIMIT) @QueryParam("limit") String limit,
            @Parameter(description = "Cursor from the previous page's 'next'") @QueryParam("after") String after) {
        return service.list(PageRequest.of(limit, after));
    }
}
