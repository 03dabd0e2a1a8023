package cz.opora.conference.rest;

import cz.opora.common.security.Roles;
import cz.opora.conference.service.ConferenceDocuments;
import cz.opora.documents.Pdf;
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

/** The case conference's minutes and tasks as a PDF for its participants. */
@Path("/api/v1/case-conferences/{id}/document")
@Tag(name = "Documents", description = "PDFs for the people the record concerns")
public class ConferenceDocumentResource {
    @Inject
    ConferenceDocuments documents;

    @GET
    @Produces(Pdf.MEDIA_TYPE)
    @RolesAllowed({Roles.OSPOD_WORKER, Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.NZDM_WORKER, Roles.FGC_COORDINATOR})
    @Operation(summary = "Minutes and tasks as a PDF", description = "What GET /case-conferences/{id} shows the caller, "
            + "printable. Audited as the read.")
    public Response minutes(@PathParam("id") UUID id) {
        return Pdf.response(documents.minutes(id), "zapis-" + id);
    }
}
