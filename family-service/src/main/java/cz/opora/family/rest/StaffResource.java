package cz.opora.family.rest;

import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.security.Roles;
import cz.opora.family.service.StaffMember;
import cz.opora.family.service.StaffService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP mapping of the organization's staff; see {@link StaffService}. */
@Path("/api/v1/staff")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Families")
public class StaffResource {
    @Inject
    StaffService service;

    @GET
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER, Roles.ORG_ADMIN})
    @Operation(summary = "Your organization's workers as Keycloak knows them (id, name, roles), by name",
            description = "What PUT /families/{id}/team picks from. 503 staff-directory-unavailable when Keycloak does not answer.")
    public Page<StaffMember> list(@QueryParam("limit") String limit, @QueryParam("after") String after) {
        return service.list(PageRequest.of(limit, after));
    }
}
