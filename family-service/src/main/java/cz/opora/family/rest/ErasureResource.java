package cz.opora.family.rest;

import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.security.Roles;
import cz.opora.family.service.RecordLifecycleService;
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

/** The register of erasures, kept for the auditor. */
@Path("/api/v1/erasures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Families")
public class ErasureResource {
    @Inject
    RecordLifecycleService lifecycle;

    @GET
    @RolesAllowed({Roles.ORG_ADMIN, Roles.AUDITOR})
    @Operation(summary = "The register of erased case files, newest first",
            description = "When, whose file, by whom (requester and approver), on which ground; nothing about the family. "
                    + "An org-admin sees its organization's; an auditor names the organization.")
    public Page<RecordLifecycleService.ErasureView> list(
            @Parameter(description = "For auditors: the organization") @QueryParam("organization") String organization,
            @QueryParam("limit") String limit, @QueryParam("after") String after) {
        return lifecycle.erasures(organization, PageRequest.of(limit, after));
    }
}
