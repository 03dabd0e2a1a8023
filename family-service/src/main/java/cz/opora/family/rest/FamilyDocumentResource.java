package cz.opora.family.rest;

import cz.opora.common.security.Roles;
import cz.opora.documents.Pdf;
import cz.opora.family.service.FamilyDocuments;
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

/** Printable documents of a family's case file: {@code .../document} answers the record as a PDF. */
@Path("/api/v1/families/{familyId}")
@Produces(Pdf.MEDIA_TYPE)
@Tag(name = "Documents", description = "PDFs the family reads and signs")
public class FamilyDocumentResource {
    @Inject
    FamilyDocuments documents;

    @GET
    @Path("plans/{planId}/document")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER})
    @Operation(summary = "The plan as a PDF for the family to sign", description = "The owner's file only. Audited.")
    public Response plan(@PathParam("familyId") UUID familyId, @PathParam("planId") UUID planId) {
        return Pdf.response(documents.plan(familyId, planId), "plan-" + planId);
    }

    @GET
    @Path("consents/{consentId}/document")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER})
    @Operation(summary = "The consent form as a PDF for the family to sign", description = "The owner's file only. Audited.")
    public Response consent(@PathParam("familyId") UUID familyId, @PathParam("consentId") UUID consentId) {
        return Pdf.response(documents.consent(familyId, consentId), "souhlas-" + consentId);
    }

}
