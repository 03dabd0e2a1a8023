package cz.opora.family.rest;

import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.security.Roles;
import cz.opora.family.service.WorkItemView;
import cz.opora.family.service.WorkService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** My work: everything due or overdue for the caller (the organization's for an org-admin). */
@Path("/api/v1/work")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Work", description = "My work, notifications and approvals")
public class WorkResource {
    @Inject
    WorkService service;

    @GET
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER, Roles.FGC_COORDINATOR,
            Roles.CLUB_LEADER, Roles.ORG_ADMIN})
    @Operation(summary = "My work: open items by due date",
            description = "The caller's own items and the organization's queue items of a role the caller has (an "
                    + "org-admin: all the organization's), sorted by due date then id, keyset-paged. A family's case file "
                    + "is named only when the caller may open it. overdue is computed against today.")
    public Page<WorkItemView> list(@Parameter(description = "Only this kind") @QueryParam("kind") String kind,
                                   @Parameter(description = "Only items of this family's case file") @QueryParam("familyId") String familyId,
                                   @QueryParam("limit") String limit, @QueryParam("after") String after) {
        return service.list(kind, familyId, PageRequest.of(limit, after));
    }
}
