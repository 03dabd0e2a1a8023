package cz.opora.family.rest;

import cz.opora.common.security.Roles;
import cz.opora.documents.BoundedZip;
import cz.opora.family.service.FamilyExport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The family's own copy of what the organization holds about it (GDPR art. 15 and 20). */
@Path("/api/v1/families/{familyId}/export")
@Tag(name = "Documents")
public class FamilyExportResource {
    @Inject
    FamilyExport export;

    @GET
    @Produces(BoundedZip.MEDIA_TYPE)
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(summary = "Everything the organization holds about the family, as a ZIP for the family",
            description = "The owner's org-admin only. JSON parts (case file, consents, assessments, plans with their "
                    + "revisions, contacts, timeline, access log) and a readable PDF summary. Bounded in size and time "
                    + "(422 export-too-large). Audited as family.export.")
    public Response export(@PathParam("familyId") UUID familyId) {
        return export.export(familyId);
    }
}
